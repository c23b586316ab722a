package dev.tarjama.model;

/** Which copy of the ONNX weights to load when a model directory has several. */
public enum WeightVariant {
  /** The plain files, e.g. {@code encoder_model.onnx}. */
  FULL(""),
  /** The int8 files of the transformers.js layout, e.g. {@code encoder_model_quantized.onnx}. */
  QUANTIZED(OnnxNames.QUANTIZED_SUFFIX);

  private final String suffix;

  WeightVariant(String suffix) {
    this.suffix = suffix;
  }

  String fileName(String stem) {
    return stem + suffix + OnnxNames.ONNX_EXTENSION;
  }
}
