package dev.tarjama.decode;

import dev.tarjama.model.DecoderState;
import dev.tarjama.model.Seq2SeqModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written fake model whose logits depend only on the source index and the tokens the row has
 * been fed after the start token, from a table written in the test. It records every call so tests
 * can check how the search drives the model.
 *
 * <p>Thread-safe: each {@link #start} returns independent state; the call log is synchronized.
 */
final class ScriptedModel implements Seq2SeqModel {

  /** Logits of the next token for a source and the tokens fed after the start token. */
  interface Script {
    float[] logits(int source, List<Integer> fed);
  }

  private final int vocabSize;
  private final Script script;
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  private final List<int[]> reorders = Collections.synchronizedList(new ArrayList<>());
  private final List<int[]> stepTokens = Collections.synchronizedList(new ArrayList<>());

  ScriptedModel(int vocabSize, Script script) {
    this.vocabSize = vocabSize;
    this.script = script;
  }

  /**
   * A script from a table: key "source:t1 t2 ..." (the fed tokens after the start token, "" at the
   * first step) or "*:t1 t2" for every source; value: probabilities per token, whose natural
   * logarithms are the logits. Prefixes missing from the table get {@code fallback}.
   */
  static Script table(Map<String, double[]> probabilities, double[] fallback) {
    Map<String, double[]> copy = new HashMap<>(probabilities);
    return (source, fed) -> {
      String tokens = String.join(" ", fed.stream().map(String::valueOf).toList());
      double[] p = copy.get(source + ":" + tokens);
      if (p == null) {
        p = copy.getOrDefault("*:" + tokens, fallback);
      }
      float[] logits = new float[p.length];
      for (int i = 0; i < p.length; i++) {
        logits[i] = (float) Math.log(p[i]);
      }
      return logits;
    };
  }

  /** "start sources=N perSource=K" per {@link #start} call and "close" per closed state. */
  List<String> calls() {
    return List.copyOf(calls);
  }

  /** The origins of every reorder call, in order. */
  List<int[]> reorders() {
    return List.copyOf(reorders);
  }

  /** The tokens fed at every step, in order. */
  List<int[]> stepTokens() {
    return List.copyOf(stepTokens);
  }

  @Override
  public int vocabSize() {
    return vocabSize;
  }

  @Override
  public DecoderState start(int[][] sourceIds, int rowsPerSource) {
    calls.add("start sources=" + sourceIds.length + " perSource=" + rowsPerSource);
    return new State(sourceIds.length, rowsPerSource);
  }

  private final class State implements DecoderState {
    private List<Integer> rowSource = new ArrayList<>();
    private List<List<Integer>> rowFed = new ArrayList<>();
    private boolean fedStart;
    private boolean closed;

    State(int sources, int rowsPerSource) {
      for (int s = 0; s < sources; s++) {
        for (int r = 0; r < rowsPerSource; r++) {
          rowSource.add(s);
          rowFed.add(new ArrayList<>());
        }
      }
    }

    @Override
    public int rows() {
      return rowSource.size();
    }

    @Override
    public float[] step(int[] tokens) {
      if (closed) {
        throw new IllegalStateException("state is closed");
      }
      if (tokens.length != rows()) {
        throw new IllegalArgumentException(tokens.length + " tokens for " + rows() + " rows");
      }
      stepTokens.add(tokens.clone());
      float[] logits = new float[rows() * vocabSize];
      for (int r = 0; r < rows(); r++) {
        // The first step feeds the start token, which the table keys leave out.
        if (fedStart) {
          rowFed.get(r).add(tokens[r]);
        }
        float[] row = script.logits(rowSource.get(r), rowFed.get(r));
        System.arraycopy(row, 0, logits, r * vocabSize, vocabSize);
      }
      fedStart = true;
      return logits;
    }

    @Override
    public void reorder(int[] origins) {
      reorders.add(origins.clone());
      List<Integer> sources = new ArrayList<>();
      List<List<Integer>> fed = new ArrayList<>();
      for (int origin : origins) {
        sources.add(rowSource.get(origin));
        fed.add(new ArrayList<>(rowFed.get(origin)));
      }
      rowSource = sources;
      rowFed = fed;
    }

    @Override
    public void close() {
      if (!closed) {
        calls.add("close");
      }
      closed = true;
    }
  }

  static String describe(List<int[]> arrays) {
    return String.join(",", arrays.stream().map(Arrays::toString).toList());
  }
}
