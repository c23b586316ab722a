package dev.tarjama.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Options of one search, named after and meaning the same as Hugging Face's {@code
 * GenerationConfig} fields (in brackets).
 *
 * <p>Lengths count decoder tokens the way Hugging Face does for encoder-decoder models: the decoder
 * start token is the first one, so at most {@code maxLength - 1} tokens are generated.
 *
 * <p>Every copy is validated when made, so order chained {@code withX} calls to keep each step
 * valid: lower {@code numHypotheses} before {@code beamSize}.
 *
 * @param beamSize beams per source ({@code num_beams}); 1 means greedy search
 * @param maxLength maximum decoder length including the start token ({@code max_length}); at least
 *     2; ignored when {@code maxNewTokens > 0}
 * @param maxNewTokens maximum number of generated tokens ({@code max_new_tokens}); when {@code > 0}
 *     the effective maximum length is {@code maxNewTokens + 1}; 0 means off
 * @param minLength eos is banned while the decoder length, start token included, is below it
 *     ({@code min_length}); 0 means off
 * @param lengthPenalty exponent of the length in {@code score / generatedLength^lengthPenalty}
 *     ({@code length_penalty}); above 0 favours longer hypotheses; 0 means the plain sum; beam
 *     search only
 * @param earlyStopping when beam search stops on a source ({@code early_stopping}); beam search
 *     only
 * @param noRepeatNgramSize no n-gram of this size occurs twice in a row's tokens, start token
 *     included ({@code no_repeat_ngram_size}); 0 means off
 * @param repetitionPenalty scores of tokens already in the row (start token included) are divided
 *     by it when positive and multiplied by it when negative ({@code repetition_penalty}); 1.0
 *     means off
 * @param numHypotheses hypotheses returned per source, best first, between 1 and {@code beamSize}
 *     ({@code num_return_sequences})
 * @param badWordsIds token sequences never generated; a sequence of one token bans it everywhere, a
 *     longer one bans its last token after its prefix; the sequence {@code [eosId]} is ignored, as
 *     Hugging Face does ({@code bad_words_ids}); empty means off
 * @param forceEosAtMaxLength at decoder length {@code maxLength - 1} every token but eos is banned,
 *     so hypotheses cut by the length still end with eos ({@code forced_eos_token_id} set to the
 *     eos id); false means off
 */
public record DecodeOptions(
    int beamSize,
    int maxLength,
    int maxNewTokens,
    int minLength,
    double lengthPenalty,
    EarlyStopping earlyStopping,
    int noRepeatNgramSize,
    double repetitionPenalty,
    int numHypotheses,
    List<List<Integer>> badWordsIds,
    boolean forceEosAtMaxLength) {

  /**
   * The generation_config.json of the OPUS-MT models: 4 beams, {@code max_length} 512, forced eos,
   * early stopping and length penalty at Hugging Face's defaults (FALSE, 1.0), one hypothesis. The
   * models' {@code bad_words_ids} ({@code [[padId]]}) is model-specific, so it is empty here: add
   * it with {@link #withBadWordsIds}.
   */
  public static final DecodeOptions DEFAULTS =
      new DecodeOptions(4, 512, 0, 0, 1.0, EarlyStopping.FALSE, 0, 1.0, 1, List.of(), true);

  /** Validates every field and the relations between them; copies the bad words deeply. */
  public DecodeOptions {
    requireAtLeast("beamSize", beamSize, 1);
    requireAtLeast("maxLength", maxLength, 2);
    requireAtLeast("maxNewTokens", maxNewTokens, 0);
    requireAtLeast("minLength", minLength, 0);
    requireAtLeast("noRepeatNgramSize", noRepeatNgramSize, 0);
    requireAtLeast("numHypotheses", numHypotheses, 1);
    Objects.requireNonNull(earlyStopping, "earlyStopping");
    if (!Double.isFinite(lengthPenalty)) {
      throw new IllegalArgumentException("lengthPenalty must be finite, got " + lengthPenalty);
    }
    if (!(repetitionPenalty > 0) || Double.isInfinite(repetitionPenalty)) {
      throw new IllegalArgumentException(
          "repetitionPenalty must be finite and > 0, got " + repetitionPenalty);
    }
    if (numHypotheses > beamSize) {
      throw new IllegalArgumentException(
          "numHypotheses must be <= beamSize, got numHypotheses="
              + numHypotheses
              + ", beamSize="
              + beamSize);
    }
    int effectiveMax = maxNewTokens > 0 ? maxNewTokens + 1 : maxLength;
    if (minLength > effectiveMax) {
      throw new IllegalArgumentException(
          "minLength must be <= the maximum length, got minLength="
              + minLength
              + ", maximum length="
              + effectiveMax);
    }
    badWordsIds = copyBadWords(badWordsIds);
  }

  /**
   * The maximum decoder length the search uses, start token included: {@code maxNewTokens + 1} when
   * {@code maxNewTokens > 0}, else {@code maxLength} (Hugging Face lets {@code max_new_tokens} take
   * precedence).
   */
  public int effectiveMaxLength() {
    return maxNewTokens > 0 ? maxNewTokens + 1 : maxLength;
  }

  /** A copy with another beam size. */
  public DecodeOptions withBeamSize(int value) {
    return new DecodeOptions(
        value,
        maxLength,
        maxNewTokens,
        minLength,
        lengthPenalty,
        earlyStopping,
        noRepeatNgramSize,
        repetitionPenalty,
        numHypotheses,
        badWordsIds,
        forceEosAtMaxLength);
  }

  /** A copy with another maximum length. */
  public DecodeOptions withMaxLength(int value) {
    return new DecodeOptions(
        beamSize,
        value,
        maxNewTokens,
        minLength,
        lengthPenalty,
        earlyStopping,
        noRepeatNgramSize,
        repetitionPenalty,
        numHypotheses,
        badWordsIds,
        forceEosAtMaxLength);
  }

  /** A copy with another maximum number of new tokens. */
  public DecodeOptions withMaxNewTokens(int value) {
    return new DecodeOptions(
        beamSize,
        maxLength,
        value,
        minLength,
        lengthPenalty,
        earlyStopping,
        noRepeatNgramSize,
        repetitionPenalty,
        numHypotheses,
        badWordsIds,
        forceEosAtMaxLength);
  }

  /** A copy with another minimum length. */
  public DecodeOptions withMinLength(int value) {
    return new DecodeOptions(
        beamSize,
        maxLength,
        maxNewTokens,
        value,
        lengthPenalty,
        earlyStopping,
        noRepeatNgramSize,
        repetitionPenalty,
        numHypotheses,
        badWordsIds,
        forceEosAtMaxLength);
  }

  /** A copy with another length penalty. */
  public DecodeOptions withLengthPenalty(double value) {
    return new DecodeOptions(
        beamSize,
        maxLength,
        maxNewTokens,
        minLength,
        value,
        earlyStopping,
        noRepeatNgramSize,
        repetitionPenalty,
        numHypotheses,
        badWordsIds,
        forceEosAtMaxLength);
  }

  /** A copy with another early-stopping rule. */
  public DecodeOptions withEarlyStopping(EarlyStopping value) {
    return new DecodeOptions(
        beamSize,
        maxLength,
        maxNewTokens,
        minLength,
        lengthPenalty,
        value,
        noRepeatNgramSize,
        repetitionPenalty,
        numHypotheses,
        badWordsIds,
        forceEosAtMaxLength);
  }

  /** A copy with another no-repeat n-gram size. */
  public DecodeOptions withNoRepeatNgramSize(int value) {
    return new DecodeOptions(
        beamSize,
        maxLength,
        maxNewTokens,
        minLength,
        lengthPenalty,
        earlyStopping,
        value,
        repetitionPenalty,
        numHypotheses,
        badWordsIds,
        forceEosAtMaxLength);
  }

  /** A copy with another repetition penalty. */
  public DecodeOptions withRepetitionPenalty(double value) {
    return new DecodeOptions(
        beamSize,
        maxLength,
        maxNewTokens,
        minLength,
        lengthPenalty,
        earlyStopping,
        noRepeatNgramSize,
        value,
        numHypotheses,
        badWordsIds,
        forceEosAtMaxLength);
  }

  /** A copy with another number of hypotheses per source. */
  public DecodeOptions withNumHypotheses(int value) {
    return new DecodeOptions(
        beamSize,
        maxLength,
        maxNewTokens,
        minLength,
        lengthPenalty,
        earlyStopping,
        noRepeatNgramSize,
        repetitionPenalty,
        value,
        badWordsIds,
        forceEosAtMaxLength);
  }

  /** A copy with other banned token sequences. */
  public DecodeOptions withBadWordsIds(List<List<Integer>> value) {
    return new DecodeOptions(
        beamSize,
        maxLength,
        maxNewTokens,
        minLength,
        lengthPenalty,
        earlyStopping,
        noRepeatNgramSize,
        repetitionPenalty,
        numHypotheses,
        value,
        forceEosAtMaxLength);
  }

  /** A copy that does or does not force eos at the maximum length. */
  public DecodeOptions withForceEosAtMaxLength(boolean value) {
    return new DecodeOptions(
        beamSize,
        maxLength,
        maxNewTokens,
        minLength,
        lengthPenalty,
        earlyStopping,
        noRepeatNgramSize,
        repetitionPenalty,
        numHypotheses,
        badWordsIds,
        value);
  }

  private static void requireAtLeast(String name, int value, int minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(name + " must be >= " + minimum + ", got " + value);
    }
  }

  private static List<List<Integer>> copyBadWords(List<List<Integer>> badWordsIds) {
    Objects.requireNonNull(badWordsIds, "badWordsIds");
    List<List<Integer>> copy = new ArrayList<>(badWordsIds.size());
    for (int i = 0; i < badWordsIds.size(); i++) {
      List<Integer> sequence =
          List.copyOf(Objects.requireNonNull(badWordsIds.get(i), "badWordsIds[" + i + "]"));
      if (sequence.isEmpty()) {
        throw new IllegalArgumentException("badWordsIds[" + i + "] must not be empty");
      }
      for (int id : sequence) {
        if (id < 0) {
          throw new IllegalArgumentException(
              "badWordsIds[" + i + "] must hold ids >= 0, got " + sequence);
        }
      }
      copy.add(sequence);
    }
    return List.copyOf(copy);
  }
}
