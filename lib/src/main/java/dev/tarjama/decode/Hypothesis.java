package dev.tarjama.decode;

import java.util.List;
import java.util.Objects;

/**
 * One output sequence of a search.
 *
 * @param tokenIds the generated ids after the decoder start token, including the final eos when the
 *     hypothesis finished with one (a hypothesis cut at the maximum length has none); never padding
 * @param score beam search: Hugging Face's {@code sequences_scores}, the sum of the token
 *     log-probabilities divided by {@code generatedLength^lengthPenalty}, where the generated
 *     length counts the eos; greedy search: the plain sum over the generated tokens of {@code
 *     log_softmax(processed logits)[token]}. May be {@code -Infinity} when every token was banned.
 */
public record Hypothesis(List<Integer> tokenIds, double score) {

  /** Copies the ids. */
  public Hypothesis {
    tokenIds = List.copyOf(Objects.requireNonNull(tokenIds, "tokenIds"));
  }
}
