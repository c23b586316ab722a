/**
 * Translation metrics that give exactly the numbers and signatures of sacreBLEU 2.6.0: BLEU,
 * chrF, chrF++ and TER at corpus and sentence level, paired significance tests, and the
 * segmenter's boundary scores and the aligner's alignment error rate.
 *
 * <p>JDK only: works with no model on disk and must not import ONNX Runtime, DJL or any other
 * tarjama package.
 */
package dev.tarjama.eval;
