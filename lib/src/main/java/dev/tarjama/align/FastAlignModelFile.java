package dev.tarjama.align;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * tarjama's binary file for a {@link FastAlignModel}, big-endian ({@link DataOutputStream}):
 *
 * <ol>
 *   <li>magic {@code "TJFA"} and format version 1 (int);
 *   <li>options: iterations (int), favorDiagonal, optimizeTension, variationalBayes, nullWord,
 *       reverse (booleans), nullProbability, tension, alpha (doubles);
 *   <li>learned tension and mean length ratio (doubles);
 *   <li>vocabulary: word count (int), then each word as UTF-8 length (int) and bytes, id order;
 *   <li>table: row count and entry count (ints), row starts (ints), target ids (ints),
 *       probabilities (doubles), rows in id order and entries in fast_align's row order.
 * </ol>
 */
final class FastAlignModelFile {

  private static final int MAGIC = 0x544A4641; // "TJFA"
  private static final int VERSION = 1;

  private FastAlignModelFile() {}

  static void write(FastAlignModel model, Path file) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      FastAlignOptions options = model.options();
      out.writeInt(options.iterations());
      out.writeBoolean(options.favorDiagonal());
      out.writeBoolean(options.optimizeTension());
      out.writeBoolean(options.variationalBayes());
      out.writeBoolean(options.nullWord());
      out.writeBoolean(options.reverse());
      out.writeDouble(options.nullProbability());
      out.writeDouble(options.tension());
      out.writeDouble(options.alpha());
      out.writeDouble(model.tension());
      out.writeDouble(model.meanLengthRatio());
      List<String> words = model.vocabulary().words();
      out.writeInt(words.size());
      for (String word : words) {
        byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
      }
      TranslationTable table = model.table();
      out.writeInt(table.rows());
      out.writeInt(table.size());
      for (int row = 0; row <= table.rows(); row++) {
        out.writeInt(table.rowStart(row));
      }
      for (int slot = 0; slot < table.size(); slot++) {
        out.writeInt(table.target(slot));
      }
      for (int slot = 0; slot < table.size(); slot++) {
        out.writeDouble(table.probAt(slot));
      }
    }
  }

  static FastAlignModel read(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      int magic = in.readInt();
      if (magic != MAGIC) {
        throw new IOException(
            "not a tarjama fast_align model: " + file + " (magic 0x" + Integer.toHexString(magic)
                + ", expected 0x" + Integer.toHexString(MAGIC) + ")");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException(
            "unsupported fast_align model version " + version + " in " + file + ", expected "
                + VERSION);
      }
      FastAlignOptions options = readOptions(in, file);
      double tension = in.readDouble();
      double meanLengthRatio = in.readDouble();
      int wordCount = checkedCount(in.readInt(), "word count", file);
      List<String> words = new ArrayList<>(wordCount);
      for (int k = 0; k < wordCount; k++) {
        byte[] bytes = new byte[checkedCount(in.readInt(), "word length", file)];
        in.readFully(bytes);
        words.add(new String(bytes, StandardCharsets.UTF_8));
      }
      int rows = checkedCount(in.readInt(), "row count", file);
      int size = checkedCount(in.readInt(), "entry count", file);
      int[] rowStart = new int[rows + 1];
      for (int row = 0; row <= rows; row++) {
        rowStart[row] = in.readInt();
      }
      int[] targets = new int[size];
      for (int slot = 0; slot < size; slot++) {
        targets[slot] = in.readInt();
      }
      double[] probs = new double[size];
      for (int slot = 0; slot < size; slot++) {
        probs[slot] = in.readDouble();
      }
      if (in.read() != -1) {
        throw new IOException("trailing bytes after the fast_align model in " + file);
      }
      checkTable(rowStart, targets, wordCount, file);
      TranslationTable table = new TranslationTable(rowStart, targets, probs, true);
      return new FastAlignModel(options, Vocabulary.of(words), table, tension, meanLengthRatio);
    } catch (EOFException e) {
      throw new IOException("truncated fast_align model file " + file, e);
    }
  }

  private static FastAlignOptions readOptions(DataInputStream in, Path file) throws IOException {
    int iterations = in.readInt();
    boolean favorDiagonal = in.readBoolean();
    boolean optimizeTension = in.readBoolean();
    boolean variationalBayes = in.readBoolean();
    boolean nullWord = in.readBoolean();
    boolean reverse = in.readBoolean();
    double nullProbability = in.readDouble();
    double tension = in.readDouble();
    double alpha = in.readDouble();
    try {
      return new FastAlignOptions(iterations, favorDiagonal, nullProbability, tension,
          optimizeTension, variationalBayes, alpha, nullWord, reverse);
    } catch (IllegalArgumentException e) {
      throw new IOException("bad options in fast_align model " + file + ": " + e.getMessage(), e);
    }
  }

  private static int checkedCount(int value, String what, Path file) throws IOException {
    if (value < 0) {
      throw new IOException("negative " + what + " " + value + " in fast_align model " + file);
    }
    return value;
  }

  private static void checkTable(int[] rowStart, int[] targets, int wordCount, Path file)
      throws IOException {
    if (rowStart[0] != 0 || rowStart[rowStart.length - 1] != targets.length) {
      throw new IOException("inconsistent row starts in fast_align model " + file);
    }
    for (int row = 0; row + 1 < rowStart.length; row++) {
      if (rowStart[row + 1] < rowStart[row]) {
        throw new IOException("decreasing row start at row " + row + " in " + file);
      }
    }
    if (rowStart.length - 1 > wordCount) {
      throw new IOException("more table rows than words in fast_align model " + file);
    }
    for (int target : targets) {
      if (target < 0 || target >= wordCount) {
        throw new IOException("word id " + target + " out of range in fast_align model " + file);
      }
    }
  }
}
