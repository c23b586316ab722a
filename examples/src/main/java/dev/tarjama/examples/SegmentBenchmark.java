package dev.tarjama.examples;

import dev.tarjama.examples.segbench.GoldCorpus;
import dev.tarjama.examples.segbench.GoldSources;
import dev.tarjama.examples.segbench.PadtText;
import dev.tarjama.examples.segbench.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence boundary precision, recall and F1 of tarjama's ArabicSegmenter, ICU4J's and the JDK's
 * BreakIterator on NTREX-128, UN dev, PADT newswire (whole and by source, as annotated and cut at
 * main clauses), held-out FLORES-200 and TICO-19 and the hand-written edge cases, then throughput
 * in MB/s.
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * examples/run SegmentBenchmark --data ../shared/data
 * </pre>
 *
 * <p>PADT is rebuilt from {@code --data} in memory only (CC BY-NC-SA); it is skipped with a note
 * when the directory is missing. NTREX-128, UN and the edge cases are read from {@code --gold}.
 */
public final class SegmentBenchmark {
  private SegmentBenchmark() {}

  /** Options: --data DIR, --gold DIR, --throughput-mb N. */
  public static void main(String[] args) throws Exception {
    Path data = Path.of(option(args, "--data", "../shared/data"));
    Path gold = Path.of(option(args, "--gold", "lib/src/test/resources/segment"));
    int megabytes = Integer.parseInt(option(args, "--throughput-mb", "20"));
    List<GoldCorpus> corpora = new ArrayList<>();
    corpora.add(GoldCorpus.ofDocuments("NTREX-128",
        GoldSources.readCommitted(gold.resolve("gold/ntrex128-ar.gold"))));
    corpora.add(GoldCorpus.ofDocuments("UN dev",
        GoldSources.readCommitted(gold.resolve("gold/un-dev-ar.gold"))));
    List<GoldCorpus> padtSources = new ArrayList<>();
    if (Files.isDirectory(data.resolve("ud-arabic-padt-v1.3"))) {
      corpora.add(GoldCorpus.ofDocuments("PADT", PadtText.documents(data, id -> true)));
      corpora.add(GoldCorpus.ofDocuments("PADT, units cut at main clauses (treebank trees)",
          PadtText.documents(data, id -> true, PadtText.Units.MAIN_CLAUSES)));
      padtSources.addAll(PadtText.bySource(data));
    } else {
      System.out.println("PADT skipped: no " + data.resolve("ud-arabic-padt-v1.3"));
    }
    for (String[] heldOut : new String[][] {
        {"FLORES-200 devtest (held out)", "flores200-devtest/test.ar"},
        {"TICO-19 test (held out)", "tico19/test.ar"}}) {
      if (Files.isRegularFile(data.resolve(heldOut[1]))) {
        corpora.add(GoldCorpus.ofDocuments(heldOut[0], new ArrayList<>(
            GoldSources.lines(data.resolve(heldOut[1]), 10).values())));
      }
    }
    corpora.add(GoldSources.edgeCases(gold.resolve("edge-cases.tsv")));
    Report.accuracy(corpora).forEach(System.out::println);
    System.out.println();
    if (!padtSources.isEmpty()) {
      Report.compact(padtSources).forEach(System.out::println);
      System.out.println();
    }
    Report.throughput(corpora, megabytes * 1_000_000 / 2, 5).forEach(System.out::println);
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
