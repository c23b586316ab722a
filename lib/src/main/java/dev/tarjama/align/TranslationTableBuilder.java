package dev.tarjama.align;

import java.util.Arrays;

/**
 * Lays out the translation table of a corpus as fast_align's initial pass builds it, and fills
 * the corpus's per-line slot cache.
 *
 * <p>fast_align inserts (e, f) into row e's hash map for every target word f of every line, NULL's
 * row first, then source word by source word; each row iterates in the order its first insertions
 * give ({@link StdHashOrder}). We group the insertions by row (a stable counting sort), drop
 * repeats with a per-word marker, order each row as libstdc++ would, and write every insertion's
 * final slot into {@link FastAlignTrainer.Corpus#slots}. Everything is sequential except the
 * marker lookups, which stay within the vocabulary.
 *
 * <p>Not thread-safe; one call per corpus.
 */
final class TranslationTableBuilder {

  private TranslationTableBuilder() {}

  /**
   * Builds the table for {@code corpus}, whose {@code slots} and {@code slotOffset} must already
   * be sized (see {@link FastAlignTrainer.Corpus#buildTable}), and fills {@code slots}.
   */
  static TranslationTable build(FastAlignTrainer.Corpus corpus, boolean nullWord) {
    int rows = rowCount(corpus, nullWord);
    int[] rowStart = new int[rows + 1];
    forEachInsertion(corpus, nullWord, (row, target, slotIndex) -> rowStart[row + 1]++);
    for (int row = 0; row < rows; row++) {
      rowStart[row + 1] += rowStart[row];
    }
    int insertions = rowStart[rows];
    int[] insertedTarget = new int[insertions];
    int[] insertedSlotIndex = new int[insertions];
    int[] fill = Arrays.copyOf(rowStart, rows);
    forEachInsertion(
        corpus,
        nullWord,
        (row, target, slotIndex) -> {
          int position = fill[row]++;
          insertedTarget[position] = target;
          insertedSlotIndex[position] = slotIndex;
        });
    return layOut(corpus.slots, rowStart, insertedTarget, insertedSlotIndex, corpus.vocabulary);
  }

  private static TranslationTable layOut(
      int[] slots,
      int[] rowStart,
      int[] insertedTarget,
      int[] insertedSlotIndex,
      Vocabulary vocabulary) {
    int rows = rowStart.length - 1;
    int[] markedRow = new int[vocabulary.size()];
    Arrays.fill(markedRow, -1);
    int[] localIndex = new int[vocabulary.size()];
    int[] tableRowStart = new int[rows + 1];
    int[] targets = new int[insertedTarget.length];
    int size = 0;
    for (int row = 0; row < rows; row++) {
      tableRowStart[row] = size;
      int distinct = 0;
      for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
        int target = insertedTarget[k];
        if (markedRow[target] != row) {
          markedRow[target] = row;
          localIndex[target] = distinct;
          targets[size + distinct] = target;
          distinct++;
        }
        // The target is not needed again: keep the row-local index in its place.
        insertedTarget[k] = localIndex[target];
      }
      long[] hashes = new long[distinct];
      for (int k = 0; k < distinct; k++) {
        hashes[k] = targets[size + k];
      }
      int[] order = StdHashOrder.iterationOrder(hashes);
      int[] positionOf = new int[distinct];
      for (int k = 0; k < distinct; k++) {
        targets[size + k] = (int) hashes[order[k]];
        positionOf[order[k]] = k;
      }
      for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
        slots[insertedSlotIndex[k]] = size + positionOf[insertedTarget[k]];
      }
      size += distinct;
    }
    tableRowStart[rows] = size;
    return new TranslationTable(
        tableRowStart, Arrays.copyOf(targets, size), new double[size], false);
  }

  /** One insertion of fast_align's initial pass: row e, target f, index into the slot cache. */
  private interface Insertion {
    void accept(int row, int target, int slotIndex);
  }

  private static void forEachInsertion(
      FastAlignTrainer.Corpus corpus, boolean nullWord, Insertion insertion) {
    for (int line = 0; line < corpus.lines(); line++) {
      int[] e = corpus.conditioning[line];
      if (e == null) {
        continue;
      }
      int[] f = corpus.predicted[line];
      int width = e.length + 1;
      int offset = corpus.slotOffset[line];
      if (nullWord) {
        for (int j = 0; j < f.length; j++) {
          insertion.accept(Vocabulary.NULL_ID, f[j], offset + j * width);
        }
      }
      for (int i = 0; i < e.length; i++) {
        for (int j = 0; j < f.length; j++) {
          insertion.accept(e[i], f[j], offset + j * width + 1 + i);
        }
      }
    }
  }

  private static int rowCount(FastAlignTrainer.Corpus corpus, boolean nullWord) {
    int maxRow = nullWord ? Vocabulary.NULL_ID : 0;
    for (int[] e : corpus.conditioning) {
      if (e != null) {
        for (int word : e) {
          maxRow = Math.max(maxRow, word);
        }
      }
    }
    return maxRow + 1;
  }
}
