/**
 * Word alignment: links between source and target words, and a statistical aligner ({@link
 * dev.tarjama.align.FastAlignTrainer}, a port of fast_align) that works on any language pair
 * without a translation model, with atools' symmetrisations ({@link
 * dev.tarjama.align.Symmetrization}). Uses only the JDK.
 */
package dev.tarjama.align;
