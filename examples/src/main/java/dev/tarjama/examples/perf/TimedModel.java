package dev.tarjama.examples.perf;

import dev.tarjama.model.DecoderState;
import dev.tarjama.model.Seq2SeqModel;

/**
 * A {@link Seq2SeqModel} that adds up the wall time spent in the wrapped model: encoder ({@link
 * #start}), decoder steps and cache reorders. What a search takes beyond these is its own work
 * (logits processors, top-k, hypothesis bookkeeping, Java copies of the logits).
 *
 * <p>Not thread-safe: one benchmark thread uses it.
 */
final class TimedModel implements Seq2SeqModel {
  private final Seq2SeqModel model;
  private long encoderNanos;
  private long stepNanos;
  private long reorderNanos;
  private long steps;
  private long stepRows;

  TimedModel(Seq2SeqModel model) {
    this.model = model;
  }

  @Override
  public int vocabSize() {
    return model.vocabSize();
  }

  @Override
  public DecoderState start(int[][] sourceIds, int rowsPerSource) {
    long t0 = System.nanoTime();
    DecoderState state = model.start(sourceIds, rowsPerSource);
    encoderNanos += System.nanoTime() - t0;
    return new TimedState(state);
  }

  /** Clears the totals. */
  void reset() {
    encoderNanos = 0;
    stepNanos = 0;
    reorderNanos = 0;
    steps = 0;
    stepRows = 0;
  }

  double encoderSeconds() {
    return encoderNanos / 1e9;
  }

  double stepSeconds() {
    return stepNanos / 1e9;
  }

  double reorderSeconds() {
    return reorderNanos / 1e9;
  }

  long steps() {
    return steps;
  }

  long stepRows() {
    return stepRows;
  }

  private final class TimedState implements DecoderState {
    private final DecoderState state;

    TimedState(DecoderState state) {
      this.state = state;
    }

    @Override
    public int rows() {
      return state.rows();
    }

    @Override
    public float[] step(int[] tokens) {
      long t0 = System.nanoTime();
      float[] logits = state.step(tokens);
      stepNanos += System.nanoTime() - t0;
      steps++;
      stepRows += tokens.length;
      return logits;
    }

    @Override
    public void reorder(int[] origins) {
      long t0 = System.nanoTime();
      state.reorder(origins);
      reorderNanos += System.nanoTime() - t0;
    }

    @Override
    public void close() {
      state.close();
    }
  }
}
