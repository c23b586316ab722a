package dev.tarjama.align;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word translation probabilities in both directions, t(english | arabic) and t(arabic | english),
 * taken from fast_align models trained forward and reverse on a parallel corpus: the lexical prior
 * of the attention aligner ({@link AttentionExtraction#lexicalPrior}). Words are looked up
 * lowercased ({@link Locale#ROOT}), as the corpus was aligned ({@link WordTokenizer} words).
 *
 * <p>File format ({@link #write}, {@link #read}): gzip-compressed UTF-8 text, a header line {@code
 * tarjama-lexical-table 1}, then one line per word pair, sorted, {@code arabic TAB english TAB
 * t(english|arabic) TAB t(arabic|english)}, a direction below the table's threshold written as 0.
 *
 * <p>Immutable and thread-safe.
 */
public final class LexicalTable {

  /** The first line of a table file. */
  static final String HEADER = "tarjama-lexical-table 1";

  private final Map<String, Integer> sourceIds;
  private final Map<String, Integer> targetIds;
  private final LongIntMap slots;

  /** Per slot: the pair's word ids and its two probabilities. */
  private final int[] sourceOf;

  private final int[] targetOf;
  private final float[] forward;
  private final float[] reverse;

  /** Slots grouped by source word: those of source id s are bySource[sourceStart[s] ..]. */
  private final int[] sourceStart;

  private final int[] bySource;

  /** Target words by id. */
  private final String[] targetWords;

  private LexicalTable(
      Map<String, Integer> sourceIds,
      Map<String, Integer> targetIds,
      LongIntMap slots,
      int[] sourceOf,
      int[] targetOf,
      float[] forward,
      float[] reverse) {
    this.sourceIds = sourceIds;
    this.targetIds = targetIds;
    this.slots = slots;
    this.sourceOf = sourceOf;
    this.targetOf = targetOf;
    this.forward = forward;
    this.reverse = reverse;
    this.sourceStart = new int[sourceIds.size() + 1];
    for (int s : sourceOf) {
      sourceStart[s + 1]++;
    }
    for (int s = 0; s < sourceIds.size(); s++) {
      sourceStart[s + 1] += sourceStart[s];
    }
    this.targetWords = inverse(targetIds);
    this.bySource = new int[sourceOf.length];
    int[] next = Arrays.copyOf(sourceStart, sourceIds.size());
    for (int slot = 0; slot < sourceOf.length; slot++) {
      bySource[next[sourceOf[slot]]++] = slot;
    }
  }

  /**
   * The pairs whose probability reaches {@code minProbability} in either model.
   *
   * @param forwardModel fast_align trained source → target (t(target word | source word))
   * @param reverseModel fast_align trained with {@code -r} on the same corpus
   * @param minProbability the smallest t kept, in [0, 1]; 0 keeps every entry
   * @throws IllegalArgumentException if the directions are wrong or the threshold is not in [0, 1]
   */
  public static LexicalTable of(
      FastAlignModel forwardModel, FastAlignModel reverseModel, double minProbability) {
    Objects.requireNonNull(forwardModel, "forwardModel");
    Objects.requireNonNull(reverseModel, "reverseModel");
    if (forwardModel.options().reverse() || !reverseModel.options().reverse()) {
      throw new IllegalArgumentException("need a forward model and a reverse (-r) model");
    }
    if (!(minProbability >= 0 && minProbability <= 1)) {
      throw new IllegalArgumentException("minProbability must be in [0, 1], got " + minProbability);
    }
    Builder builder = new Builder();
    add(builder, forwardModel, minProbability, false);
    add(builder, reverseModel, minProbability, true);
    return builder.build();
  }

  private static void add(Builder builder, FastAlignModel model, double min, boolean reverse) {
    TranslationTable table = model.table();
    Vocabulary vocabulary = model.vocabulary();
    for (int row = Vocabulary.SEPARATOR_ID + 1; row < table.rows(); row++) {
      String conditioning = vocabulary.word(row);
      for (int slot = table.rowStart(row); slot < table.rowStart(row + 1); slot++) {
        double p = table.probAt(slot);
        if (p >= min && p > 0) {
          String predicted = vocabulary.word(table.target(slot));
          if (reverse) {
            builder.put(predicted, conditioning, Float.NaN, (float) p);
          } else {
            builder.put(conditioning, predicted, (float) p, Float.NaN);
          }
        }
      }
    }
  }

  /** t(target word | source word), or 0 if the pair is not in the table. */
  public double forward(String sourceWord, String targetWord) {
    int slot = slot(sourceWord, targetWord);
    return slot < 0 ? 0 : forward[slot];
  }

  /** t(source word | target word), or 0 if the pair is not in the table. */
  public double reverse(String sourceWord, String targetWord) {
    int slot = slot(sourceWord, targetWord);
    return slot < 0 ? 0 : reverse[slot];
  }

  /**
   * Whether some pair has this target word.
   *
   * @param targetWord looked up lowercased ({@link Locale#ROOT})
   */
  public boolean hasTargetWord(String targetWord) {
    return targetId(Objects.requireNonNull(targetWord, "targetWord")) >= 0;
  }

  /**
   * The likeliest translation of a source word: of its pairs that both models have (t above the
   * threshold both ways, which leaves out the frequent words fast_align links rare words to for
   * want of better) and whose target word {@code accept} takes, the one with the highest t(target
   * | source); ties go to the higher t(source | target), then to the word first in {@link
   * String#compareTo} order. Words are lowercase, as the table keeps them.
   *
   * @param sourceWord looked up lowercased ({@link Locale#ROOT})
   * @param accept which target words may be chosen
   * @return the target word, or empty if the table has no such pair
   */
  public Optional<String> likeliestTarget(String sourceWord, Predicate<String> accept) {
    Objects.requireNonNull(accept, "accept");
    int source = sourceId(Objects.requireNonNull(sourceWord, "sourceWord"));
    if (source < 0) {
      return Optional.empty();
    }
    String[] targets = targetWords;
    int best = -1;
    for (int k = sourceStart[source]; k < sourceStart[source + 1]; k++) {
      int slot = bySource[k];
      if (forward[slot] > 0 && reverse[slot] > 0 && accept.test(targets[targetOf[slot]])) {
        if (best < 0 || better(slot, best, targets)) {
          best = slot;
        }
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(targets[targetOf[best]]);
  }

  private boolean better(int slot, int than, String[] targets) {
    if (forward[slot] != forward[than]) {
      return forward[slot] > forward[than];
    }
    if (reverse[slot] != reverse[than]) {
      return reverse[slot] > reverse[than];
    }
    return targets[targetOf[slot]].compareTo(targets[targetOf[than]]) < 0;
  }

  /** The number of word pairs. */
  public int size() {
    return forward.length;
  }

  /** t(target | source) + t(source | target) by word ids ({@link #sourceId}, {@link #targetId}). */
  double bothWays(int sourceId, int targetId) {
    int slot = slot(sourceId, targetId);
    return slot < 0 ? 0 : forward[slot] + reverse[slot];
  }

  /** The id of a source word, looked up lowercased; -1 if the table lacks it. */
  int sourceId(String sourceWord) {
    return sourceIds.getOrDefault(sourceWord.toLowerCase(Locale.ROOT), -1);
  }

  /** The id of a target word, looked up lowercased; -1 if the table lacks it. */
  int targetId(String targetWord) {
    return targetIds.getOrDefault(targetWord.toLowerCase(Locale.ROOT), -1);
  }

  private int slot(String sourceWord, String targetWord) {
    return slot(sourceId(sourceWord), targetId(targetWord));
  }

  private int slot(int sourceId, int targetId) {
    return sourceId < 0 || targetId < 0
        ? LongIntMap.MISSING
        : slots.get(LongIntMap.key(sourceId, targetId));
  }

  /**
   * Writes the table (format in the class comment); the same table always gives the same bytes.
   *
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    String[] sources = inverse(sourceIds);
    String[] targets = targetWords;
    List<String> lines = new ArrayList<>(size());
    for (int slot = 0; slot < size(); slot++) {
      lines.add(
          sources[sourceOf[slot]]
              + '\t'
              + targets[targetOf[slot]]
              + '\t'
              + Float.toString(forward[slot])
              + '\t'
              + Float.toString(reverse[slot]));
    }
    lines.sort(null);
    try (BufferedWriter out =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16),
                StandardCharsets.UTF_8))) {
      out.write(HEADER);
      out.write('\n');
      for (String line : lines) {
        out.write(line);
        out.write('\n');
      }
    }
  }

  /**
   * Reads a table written by {@link #write}.
   *
   * @throws IOException if the file cannot be read or is not a lexical table; the message names the
   *     file and, for a bad line, its number
   */
  public static LexicalTable read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Builder builder = new Builder();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8))) {
      String header = in.readLine();
      if (!HEADER.equals(header)) {
        throw new IOException(
            "not a tarjama lexical table: "
                + file
                + " (first line "
                + (header == null ? "missing" : "\"" + header + "\"")
                + ", expected \""
                + HEADER
                + "\")");
      }
      int number = 1;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        String[] fields = line.split("\t", -1);
        if (fields.length != 4 || fields[0].isEmpty() || fields[1].isEmpty()) {
          throw new IOException(
              file + " line " + number + ": expected arabic TAB english TAB t(en|ar) TAB t(ar|en)");
        }
        builder.put(
            fields[0],
            fields[1],
            probability(fields[2], file, number),
            probability(fields[3], file, number));
      }
    } catch (java.util.zip.ZipException e) {
      throw new IOException("not a gzip file: " + file + " (" + e.getMessage() + ")", e);
    }
    return builder.build();
  }

  private static float probability(String field, Path file, int number) throws IOException {
    float p;
    try {
      p = Float.parseFloat(field);
    } catch (NumberFormatException e) {
      throw new IOException(file + " line " + number + ": bad probability \"" + field + "\"", e);
    }
    if (!(p >= 0 && p <= 1)) {
      throw new IOException(
          file + " line " + number + ": probability " + field + " is not in [0, 1]");
    }
    return p;
  }

  private static String[] inverse(Map<String, Integer> ids) {
    String[] words = new String[ids.size()];
    ids.forEach((word, id) -> words[id] = word);
    return words;
  }

  /** Collects pairs; a direction given as NaN keeps the value already there (0 for a new pair). */
  private static final class Builder {
    private final Map<String, Integer> sourceIds = new HashMap<>();
    private final Map<String, Integer> targetIds = new HashMap<>();
    private final LongIntMap slots = new LongIntMap(1 << 16);
    private int[] sourceOf = new int[1 << 16];
    private int[] targetOf = new int[1 << 16];
    private float[] forward = new float[1 << 16];
    private float[] reverse = new float[1 << 16];
    private int size;

    void put(String source, String target, float forwardP, float reverseP) {
      int s = sourceIds.computeIfAbsent(source, k -> sourceIds.size());
      int t = targetIds.computeIfAbsent(target, k -> targetIds.size());
      int slot = slots.putIfAbsent(LongIntMap.key(s, t), size);
      if (slot == LongIntMap.MISSING) {
        slot = size++;
        if (slot == forward.length) {
          sourceOf = Arrays.copyOf(sourceOf, 2 * slot);
          targetOf = Arrays.copyOf(targetOf, 2 * slot);
          forward = Arrays.copyOf(forward, 2 * slot);
          reverse = Arrays.copyOf(reverse, 2 * slot);
        }
        sourceOf[slot] = s;
        targetOf[slot] = t;
      }
      if (!Float.isNaN(forwardP)) {
        forward[slot] = forwardP;
      }
      if (!Float.isNaN(reverseP)) {
        reverse[slot] = reverseP;
      }
    }

    LexicalTable build() {
      return new LexicalTable(
          sourceIds,
          targetIds,
          slots,
          Arrays.copyOf(sourceOf, size),
          Arrays.copyOf(targetOf, size),
          Arrays.copyOf(forward, size),
          Arrays.copyOf(reverse, size));
    }
  }
}
