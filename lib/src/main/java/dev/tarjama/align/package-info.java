/**
 * Word alignment: links between source and target words, and a statistical aligner ({@link
 * dev.tarjama.align.FastAlignTrainer}, a port of fast_align) that works on any language pair
 * without a translation model, with atools' symmetrisations ({@link
 * dev.tarjama.align.Symmetrization}). The fast_align classes use only the JDK: they must not import
 * ONNX Runtime, DJL or the model, tokenize and decode packages.
 */
package dev.tarjama.align;
