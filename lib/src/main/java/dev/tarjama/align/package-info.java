/**
 * Word alignment: the {@link dev.tarjama.align.Alignment} of a sentence pair (words with char
 * offsets, weighted links, Pharaoh string), the {@link dev.tarjama.align.AttentionAligner} that
 * turns a model's cross-attention over sub-word pieces into word links, a statistical aligner
 * ({@link dev.tarjama.align.FastAlignTrainer}, a port of fast_align) that works on any language
 * pair without a translation model, atools' symmetrisations ({@link
 * dev.tarjama.align.Symmetrization}) and an HTML picture ({@link dev.tarjama.align.AlignmentHtml}).
 * JDK only: the package must not import ONNX Runtime, DJL or the model, tokenize and decode
 * packages; the facade runs the model and hands the attention over.
 */
package dev.tarjama.align;
