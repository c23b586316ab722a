package dev.tarjama.decode;

/**
 * The length normalisation of beam hypotheses: Hugging Face {@code BeamHypotheses.add}, {@code
 * score = sum_logprobs / (generated_len ** length_penalty)} (beam_search.py, v4.46.3).
 */
final class LengthPenalty {

  private LengthPenalty() {}

  /**
   * Returns {@code sumLogProbs / generatedLength^lengthPenalty}.
   *
   * @param sumLogProbs the summed log-probabilities of the generated tokens
   * @param generatedLength tokens generated after the decoder start token, the eos included
   * @param lengthPenalty the exponent; 0 leaves the sum as it is
   */
  static double normalize(double sumLogProbs, int generatedLength, double lengthPenalty) {
    return sumLogProbs / Math.pow(generatedLength, lengthPenalty);
  }
}
