package dev.tarjama.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The decoding defaults a model ships, from {@code generation_config.json} (falling back to the
 * same fields of {@code config.json}, where older exports keep them, then to Hugging Face's
 * defaults).
 *
 * @param numBeams beam size; 1 means greedy search
 * @param maxLength longest output in tokens, counting the decoder start token
 * @param maxNewTokens most tokens to generate; 0 means unset (maxLength applies)
 * @param minLength shortest output before end-of-sentence is allowed, counting the start token
 * @param lengthPenalty exponent of the length normalisation {@code score / length^lengthPenalty}
 * @param earlyStopping Hugging Face's {@code early_stopping}: "true", "false" or "never"
 * @param noRepeatNgramSize n-grams of this size never repeat; 0 means off
 * @param repetitionPenalty CTRL repetition penalty; 1.0 means off
 * @param numReturnSequences hypotheses returned per input
 * @param badWordsIds token sequences never generated, e.g. {@code [[pad]]}
 * @param forcedEosTokenId id forced at the last position, or -1 when unset
 */
public record GenerationConfig(
    int numBeams,
    int maxLength,
    int maxNewTokens,
    int minLength,
    double lengthPenalty,
    String earlyStopping,
    int noRepeatNgramSize,
    double repetitionPenalty,
    int numReturnSequences,
    List<List<Integer>> badWordsIds,
    int forcedEosTokenId) {

  public GenerationConfig {
    badWordsIds = List.copyOf(badWordsIds);
    if (!List.of("true", "false", "never").contains(earlyStopping)) {
      throw new ModelException(
          "early_stopping must be true, false or \"never\", got " + earlyStopping);
    }
  }

  /**
   * Reads {@code generation_config.json} if present, else the generation fields of {@code
   * config.json}.
   */
  public static GenerationConfig read(Path generationConfigJson, Path configJson) {
    JsonFile json =
        JsonFile.read(
            Files.isRegularFile(generationConfigJson) ? generationConfigJson : configJson);
    try {
      return new GenerationConfig(
          json.optionalInt("num_beams").orElse(1),
          json.optionalInt("max_length").orElse(20),
          json.optionalInt("max_new_tokens").orElse(0),
          json.optionalInt("min_length").orElse(0),
          json.optionalDouble("length_penalty").orElse(1.0),
          json.optionalString("early_stopping").orElse("false").toLowerCase(Locale.ROOT),
          json.optionalInt("no_repeat_ngram_size").orElse(0),
          json.optionalDouble("repetition_penalty").orElse(1.0),
          json.optionalInt("num_return_sequences").orElse(1),
          json.optionalIntLists("bad_words_ids").orElse(List.of()),
          json.optionalInt("forced_eos_token_id").orElse(-1));
    } catch (ModelException e) {
      throw new ModelException(json.path() + ": " + e.getMessage(), e);
    }
  }
}
