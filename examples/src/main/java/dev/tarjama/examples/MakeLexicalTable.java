package dev.tarjama.examples;

import dev.tarjama.align.FastAlignModel;
import dev.tarjama.align.FastAlignOptions;
import dev.tarjama.align.FastAlignTrainer;
import dev.tarjama.align.LexicalTable;
import dev.tarjama.align.SentencePair;
import dev.tarjama.align.WordTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes the lexical table of the attention aligner's lexical prior: fast_align ({@code -d -o -v})
 * trained forward and reverse on a parallel corpus of lowercased {@link WordTokenizer} words, the
 * word pairs with t ≥ MIN_PROBABILITY either way written with {@link LexicalTable#write}.
 *
 * <p>Usage: {@code MakeLexicalTable CORPUS_PREFIX OUT [MIN_PROBABILITY]} ({@code
 * CORPUS_PREFIX.ar}/{@code .en} line-aligned; default threshold 0.001). The default model's table
 * is {@code MakeLexicalTable models/training/work/corpus/train
 * models/tarjama-ar-en/lexical_table.tsv.gz}: about a minute and 3 GB of heap for its 264k pairs.
 */
public final class MakeLexicalTable {
  /** The threshold of the shipped table: word pairs with t below it both ways are left out. */
  static final double DEFAULT_MINIMUM = 0.001;

  private MakeLexicalTable() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: MakeLexicalTable CORPUS_PREFIX OUT [MIN_PROBABILITY]");
      System.exit(2);
    }
    double min = args.length == 3 ? Double.parseDouble(args[2]) : DEFAULT_MINIMUM;
    List<String> ar = Files.readAllLines(Path.of(args[0] + ".ar"), StandardCharsets.UTF_8);
    List<String> en = Files.readAllLines(Path.of(args[0] + ".en"), StandardCharsets.UTF_8);
    if (ar.size() != en.size()) {
      throw new IllegalArgumentException(
          args[0] + ".ar has " + ar.size() + " lines, " + args[0] + ".en has " + en.size());
    }
    List<SentencePair> pairs = new ArrayList<>(ar.size());
    for (int k = 0; k < ar.size(); k++) {
      pairs.add(new SentencePair(words(ar.get(k)), words(en.get(k))));
    }
    long start = System.nanoTime();
    System.err.printf("training fast_align forward on %d pairs%n", pairs.size());
    FastAlignModel forward = FastAlignTrainer.train(pairs, FastAlignOptions.DEFAULTS).model();
    System.err.printf("training fast_align reverse (%.0f s so far)%n", seconds(start));
    FastAlignModel reverse =
        FastAlignTrainer.train(pairs, FastAlignOptions.DEFAULTS.withReverse(true)).model();
    LexicalTable table = LexicalTable.of(forward, reverse, min);
    Path out = Path.of(args[1]);
    table.write(out);
    System.out.printf(
        Locale.ROOT,
        "wrote %s: %d word pairs with t >= %s either way, %d bytes," + " %.0f s%n",
        out,
        table.size(),
        args.length == 3 ? args[2] : String.valueOf(DEFAULT_MINIMUM),
        Files.size(out),
        seconds(start));
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static List<String> words(String text) {
    return WordTokenizer.texts(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }
}
