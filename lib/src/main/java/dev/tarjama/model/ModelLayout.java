package dev.tarjama.model;

/** How the decoder of an exported model is split into ONNX files. */
public enum ModelLayout {
  /** {@code decoder_model.onnx} for the first step, {@code decoder_with_past_model.onnx} after. */
  SPLIT,
  /**
   * One {@code decoder_model_merged.onnx} whose {@code use_cache_branch} input picks the branch.
   */
  MERGED
}
