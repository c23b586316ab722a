package dev.tarjama.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * Bans token sequences: a single token always; the last token of a longer sequence when the row
 * ends with the rest of it (a sequence longer than the row is skipped). The sequence made of the
 * eos alone is ignored. Hugging Face {@code NoBadWordsLogitsProcessor}.
 */
final class NoBadWords implements LogitsProcessor {

  private final int[] singleTokens;
  private final int[][] sequences;

  /**
   * @throws IllegalArgumentException if an id is not below {@code vocabSize}
   */
  NoBadWords(List<List<Integer>> badWordsIds, int eosId, int vocabSize) {
    List<int[]> singles = new ArrayList<>();
    List<int[]> longer = new ArrayList<>();
    for (int i = 0; i < badWordsIds.size(); i++) {
      int[] sequence = badWordsIds.get(i).stream().mapToInt(Integer::intValue).toArray();
      for (int id : sequence) {
        if (id >= vocabSize) {
          throw new IllegalArgumentException(
              "badWordsIds[" + i + "] holds id " + id + ", expected ids < vocabSize " + vocabSize);
        }
      }
      if (sequence.length == 1 && sequence[0] == eosId) {
        continue;
      }
      (sequence.length == 1 ? singles : longer).add(sequence);
    }
    this.singleTokens = singles.stream().mapToInt(sequence -> sequence[0]).toArray();
    this.sequences = longer.toArray(new int[0][]);
  }

  @Override
  public void process(int[] history, int length, float[] scores, int offset) {
    for (int token : singleTokens) {
      scores[offset + token] = Float.NEGATIVE_INFINITY;
    }
    for (int[] sequence : sequences) {
      if (sequence.length > length) {
        continue;
      }
      int prefixLength = sequence.length - 1;
      if (endsWith(history, length, sequence, prefixLength)) {
        scores[offset + sequence[prefixLength]] = Float.NEGATIVE_INFINITY;
      }
    }
  }

  private static boolean endsWith(int[] history, int length, int[] sequence, int prefixLength) {
    int start = length - prefixLength;
    for (int i = 0; i < prefixLength; i++) {
      if (history[start + i] != sequence[i]) {
        return false;
      }
    }
    return true;
  }
}
