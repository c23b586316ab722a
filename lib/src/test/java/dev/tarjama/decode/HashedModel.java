package dev.tarjama.decode;

import dev.tarjama.model.DecoderState;
import dev.tarjama.model.Seq2SeqModel;
import java.util.Arrays;

/**
 * A fake model whose logits are an integer hash of the source ids and the decoder tokens after the
 * start token, computed exactly as make_hashed_references.py computes them (see its docstring for
 * the formula): every logit is a multiple of 2^-20 in [-4, 4), exact in float32, with {@code 0.25 *
 * tokens} added to the eos logit.
 *
 * <p>Thread-safe: each {@link #start} returns independent state.
 */
final class HashedModel implements Seq2SeqModel {

  static final int VOCAB = 40;
  static final int EOS = 0;
  static final int PAD = VOCAB - 1;

  private static final long FNV_OFFSET = 1469598103934665603L;
  private static final long FNV_PRIME = 1099511628211L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final long MIX = 0xBF58476D1CE4E5B9L;

  @Override
  public int vocabSize() {
    return VOCAB;
  }

  @Override
  public DecoderState start(int[][] sourceIds, int rowsPerSource) {
    long[] keys = new long[sourceIds.length * rowsPerSource];
    for (int s = 0; s < sourceIds.length; s++) {
      long h = FNV_OFFSET;
      for (int id : sourceIds[s]) {
        h = (h ^ id) * FNV_PRIME;
      }
      Arrays.fill(keys, s * rowsPerSource, (s + 1) * rowsPerSource, h >>> 11);
    }
    return new State(keys);
  }

  /** Each row keeps its running hash and the number of tokens fed after the start token. */
  private static final class State implements DecoderState {
    private long[] hashes;
    private int[] counts;
    private boolean started;

    State(long[] keys) {
      this.hashes = keys;
      this.counts = new int[keys.length];
    }

    @Override
    public int rows() {
      return hashes.length;
    }

    @Override
    public float[] step(int[] tokens) {
      float[] logits = new float[rows() * VOCAB];
      for (int r = 0; r < rows(); r++) {
        if (started) {
          hashes[r] = (hashes[r] ^ (tokens[r] + 1)) * FNV_PRIME;
          counts[r]++;
        }
        for (int v = 0; v < VOCAB; v++) {
          long u = hashes[r] + (v + 1) * GOLDEN;
          u ^= u >>> 31;
          u *= MIX;
          u ^= u >>> 27;
          logits[r * VOCAB + v] = (float) ((u >>> 41) / 1048576.0 - 4.0);
        }
        logits[r * VOCAB + EOS] += 0.25f * counts[r];
      }
      started = true;
      return logits;
    }

    @Override
    public void reorder(int[] origins) {
      long[] newHashes = new long[origins.length];
      int[] newCounts = new int[origins.length];
      for (int i = 0; i < origins.length; i++) {
        newHashes[i] = hashes[origins[i]];
        newCounts[i] = counts[origins[i]];
      }
      hashes = newHashes;
      counts = newCounts;
    }

    @Override
    public void close() {}
  }
}
