package dev.tarjama.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * The processors a search applies, in the order of Hugging Face's {@code
 * GenerationMixin._get_logits_processor} (v4.46.3) for the options tarjama supports: repetition
 * penalty, no-repeat n-gram, bad words, minimum length, forced eos. Processors left off by the
 * options are not created.
 *
 * <p>Created per search; not thread-safe.
 */
final class LogitsProcessorList {

  private final LogitsProcessor[] processors;

  private LogitsProcessorList(List<LogitsProcessor> processors) {
    this.processors = processors.toArray(new LogitsProcessor[0]);
  }

  /**
   * @throws IllegalArgumentException if a bad word id is not below {@code vocabSize}
   */
  static LogitsProcessorList create(DecodeOptions options, SpecialIds ids, int vocabSize) {
    List<LogitsProcessor> list = new ArrayList<>();
    if (options.repetitionPenalty() != 1.0) {
      list.add(new RepetitionPenalty(options.repetitionPenalty(), vocabSize));
    }
    if (options.noRepeatNgramSize() > 0) {
      list.add(new NoRepeatNGram(options.noRepeatNgramSize()));
    }
    if (!options.badWordsIds().isEmpty()) {
      list.add(new NoBadWords(options.badWordsIds(), ids.eosId(), vocabSize));
    }
    if (options.minLength() > 0) {
      list.add(new MinLength(options.minLength(), ids.eosId()));
    }
    if (options.forceEosAtMaxLength()) {
      list.add(new ForcedEos(options.effectiveMaxLength(), ids.eosId(), vocabSize));
    }
    return new LogitsProcessorList(list);
  }

  /** Applies every processor, in order, to one row. */
  void apply(int[] history, int length, float[] scores, int offset) {
    for (LogitsProcessor processor : processors) {
      processor.process(history, length, scores, offset);
    }
  }
}
