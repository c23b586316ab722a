package dev.tarjama.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * A lexical shortlist for the output layer, as Marian and Bergamot use one ({@code --shortlist
 * lex.s2t 50 50}): for a batch of sources, the target ids the decoder may produce are the ids
 * listed for every source id of the batch plus a fixed set (the most frequent target pieces, eos,
 * unk), so the output layer computes logits for those ids only.
 *
 * <p>File format (UTF-8 text, made by {@code models/tools/make_shortlist.py} from the training
 * corpus aligned with {@code tarjama fast-align}): a header line {@code tarjama-lexical-shortlist 1
 * vocab_size=N ...}, a line {@code always ID...}, then one line {@code SOURCE_ID TARGET_ID...} per
 * source id that has a list. Ids are the model's vocabulary ids ({@code vocab.json}).
 *
 * <p>Immutable and thread-safe.
 */
public final class LexicalShortlist {
  /** The shortlist's file name in a model directory. */
  public static final String FILE_NAME = "lexical_shortlist.txt";

  private static final String MAGIC = "tarjama-lexical-shortlist";
  private static final int[] NONE = new int[0];

  private final int vocabSize;
  private final int[] always;
  private final int[][] bySource;

  private LexicalShortlist(int vocabSize, int[] always, int[][] bySource) {
    this.vocabSize = vocabSize;
    this.always = always;
    this.bySource = bySource;
  }

  /**
   * Reads a shortlist file and checks it against the model's vocabulary.
   *
   * @param eosId added to the fixed set: every hypothesis must be able to end
   * @throws ModelException naming the file if it is unreadable, malformed or written for another
   *     vocabulary size
   */
  public static LexicalShortlist read(Path file, int vocabSize, int eosId) {
    Objects.requireNonNull(file, "file");
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ModelException("cannot read lexical shortlist " + file + ": " + e.getMessage(), e);
    }
    String expected = "vocab_size=" + vocabSize;
    if (lines.size() < 2
        || !lines.get(0).startsWith(MAGIC + " 1 ")
        || !List.of(lines.get(0).split(" ")).contains(expected)
        || !lines.get(1).startsWith("always")) {
      throw new ModelException(
          file
              + " is not a lexical shortlist for this model: expected a first line '"
              + MAGIC
              + " 1 "
              + expected
              + " ...' and a second line 'always ...'");
    }
    int[] always = ids(file, 2, lines.get(1).substring("always".length()), vocabSize);
    int[][] bySource = new int[vocabSize][];
    Arrays.fill(bySource, NONE);
    for (int i = 2; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      int[] row = ids(file, i + 1, lines.get(i), vocabSize);
      bySource[row[0]] = Arrays.copyOfRange(row, 1, row.length);
    }
    int[] withEos = Arrays.copyOf(always, always.length + 1);
    withEos[always.length] = eosId;
    return new LexicalShortlist(vocabSize, withEos, bySource);
  }

  /** Vocabulary size of the model the shortlist was made for. */
  public int vocabSize() {
    return vocabSize;
  }

  /**
   * The target ids allowed for a batch: the fixed set and the lists of every source id, without
   * repeats, ascending.
   */
  int[] targetIds(int[][] sourceIds) {
    BitSet allowed = new BitSet(vocabSize);
    for (int id : always) {
      allowed.set(id);
    }
    for (int[] source : sourceIds) {
      for (int id : source) {
        for (int target : bySource[id]) {
          allowed.set(target);
        }
      }
    }
    return allowed.stream().toArray();
  }

  private static int[] ids(Path file, int lineNumber, String text, int vocabSize) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return NONE;
    }
    String[] parts = trimmed.split("\\s+");
    int[] ids = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        ids[i] = Integer.parseInt(parts[i]);
      } catch (NumberFormatException e) {
        throw new ModelException(
            file + " line " + lineNumber + ": '" + parts[i] + "' is not an id", e);
      }
      if (ids[i] < 0 || ids[i] >= vocabSize) {
        throw new ModelException(
            file
                + " line "
                + lineNumber
                + ": id "
                + ids[i]
                + " is outside the vocabulary [0, "
                + vocabSize
                + ")");
      }
    }
    return ids;
  }
}
