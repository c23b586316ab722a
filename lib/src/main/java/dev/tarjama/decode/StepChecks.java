package dev.tarjama.decode;

import dev.tarjama.model.DecoderState;

/** Checks that a model implementation keeps the step contract, with messages naming the values. */
final class StepChecks {

  private StepChecks() {}

  static void requireRows(DecoderState state, int expected) {
    if (state.rows() != expected) {
      throw new IllegalStateException(
          "decoder state has " + state.rows() + " rows, expected " + expected);
    }
  }

  static void requireLogits(float[] logits, int rows, int vocabSize) {
    if (logits == null || logits.length != rows * vocabSize) {
      throw new IllegalStateException(
          "decoder step returned "
              + (logits == null ? "null" : logits.length + " logits")
              + ", expected rows * vocabSize = "
              + rows
              + " * "
              + vocabSize);
    }
  }
}
