package dev.tarjama.decode;

import dev.tarjama.model.Seq2SeqModel;
import java.util.List;
import java.util.Objects;

/**
 * Translates batches of source token ids with beam search, or greedy search when the beam size is
 * 1, reproducing Hugging Face transformers v4.46.3 {@code generate()} for Marian token for token.
 *
 * <p>One call is one batch: the encoder runs once ({@link Seq2SeqModel#start}), its states are
 * shared by the beams of each source, and sources leave the batch as they finish (the decoder state
 * is reordered to fewer rows). Logits processors run in Hugging Face's order: repetition penalty,
 * no-repeat n-gram, bad words, minimum length, forced eos. Marian's {@code
 * adjust_logits_during_generation} is not applied, as v4.46.3 does not call it.
 *
 * <p>Thread-safe: all state lives in one call, so one instance may serve many threads if the model
 * is thread-safe (as {@link Seq2SeqModel} promises).
 */
public final class BeamSearch {

  private final Seq2SeqModel model;
  private final SpecialIds ids;
  private final int vocabSize;

  /**
   * @param model the model the search drives
   * @param ids the model's special ids
   * @throws IllegalArgumentException if a special id is not below the model's vocabulary size
   */
  public BeamSearch(Seq2SeqModel model, SpecialIds ids) {
    this.model = Objects.requireNonNull(model, "model");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.vocabSize = model.vocabSize();
    int largest = Math.max(ids.decoderStartId(), Math.max(ids.eosId(), ids.padId()));
    if (largest >= vocabSize) {
      throw new IllegalArgumentException(
          "special ids must be < vocabSize " + vocabSize + ", got " + ids);
    }
  }

  /**
   * Decodes a batch of sources.
   *
   * @param sourceIds token ids of each source, each non-empty and ending with eos as the model
   *     expects; not modified
   * @param options the search options
   * @return per source, in input order, its {@code options.numHypotheses()} best hypotheses, best
   *     first; empty for an empty batch
   * @throws IllegalArgumentException if a source is empty or holds an id outside the vocabulary, or
   *     a bad word id is outside it
   */
  public List<List<Hypothesis>> search(int[][] sourceIds, DecodeOptions options) {
    Objects.requireNonNull(sourceIds, "sourceIds");
    Objects.requireNonNull(options, "options");
    int[][] sources = copyChecked(sourceIds);
    if (sources.length == 0) {
      return List.of();
    }
    return options.beamSize() == 1
        ? new GreedySearch(ids, vocabSize, options).run(model, sources)
        : new BeamLoop(ids, vocabSize, options).run(model, sources);
  }

  private int[][] copyChecked(int[][] sourceIds) {
    int[][] copy = new int[sourceIds.length][];
    for (int s = 0; s < sourceIds.length; s++) {
      int[] source = Objects.requireNonNull(sourceIds[s], "sourceIds[" + s + "]");
      if (source.length == 0) {
        throw new IllegalArgumentException("sourceIds[" + s + "] must not be empty");
      }
      for (int id : source) {
        if (id < 0 || id >= vocabSize) {
          throw new IllegalArgumentException(
              "sourceIds[" + s + "] holds id " + id + ", expected 0 <= id < " + vocabSize);
        }
      }
      copy[s] = source.clone();
    }
    return copy;
  }
}
