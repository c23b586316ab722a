package dev.tarjama.examples.segbench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs every segmenter over the gold corpora and formats the tables of SegmentBenchmark. */
public final class Report {
  private static final int WARM_UP_RUNS = 5;

  private Report() {}

  /** One Markdown table row per corpus and segmenter: P, R, F1 over all and inline boundaries. */
  public static List<String> accuracy(List<GoldCorpus> corpora) {
    List<String> rows = new ArrayList<>();
    rows.add("| source | gold boundaries (inline) | segmenter | precision | recall | F1 | inline F1 |");
    rows.add("|---|---|---|---|---|---|---|");
    for (GoldCorpus corpus : corpora) {
      for (Segmenters segmenter : Segmenters.values()) {
        List<Set<Integer>> found = new ArrayList<>();
        List<Set<Integer>> foundInline = new ArrayList<>();
        for (int i = 0; i < corpus.texts().size(); i++) {
          Set<Integer> all = segmenter.boundaries(corpus.texts().get(i));
          Set<Integer> paragraphStarts = new HashSet<>(corpus.boundaries().get(i));
          paragraphStarts.removeAll(corpus.inline().get(i));
          Set<Integer> inline = new HashSet<>(all);
          inline.removeAll(paragraphStarts);
          found.add(all);
          foundInline.add(inline);
        }
        BoundaryScore score = BoundaryScore.of(corpus.boundaries(), found);
        BoundaryScore inline = BoundaryScore.of(corpus.inline(), foundInline);
        rows.add(String.format("| %s | %d (%d) | %s | %.4f | %.4f | %.4f | %.4f |",
            corpus.name(), score.gold(), inline.gold(), segmenter.label(),
            score.precision(), score.recall(), score.f1(), inline.f1()));
      }
    }
    return rows;
  }

  /**
   * Throughput of each segmenter in MB/s (UTF-8 bytes of input): {@code runs} timed runs after
   * {@value #WARM_UP_RUNS} warm-up runs (the JIT compiles the scanning loops). Reports the median
   * over wall-clock time and over the CPU time of the whole process (garbage collection included);
   * on a loaded, shared machine the CPU figure is the stable one.
   */
  public static List<String> throughput(List<GoldCorpus> corpora, int targetChars, int runs) {
    StringBuilder all = new StringBuilder();
    while (all.length() < targetChars) {
      corpora.forEach(c -> c.texts().forEach(t -> all.append(t).append("\n\n")));
    }
    String text = all.toString();
    double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
    var system = (com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean();
    List<String> rows = new ArrayList<>();
    rows.add(String.format("| segmenter | input MB (UTF-8) | MB/s wall (median of %d) "
        + "| MB/s process CPU (median of %d) |", runs, runs));
    rows.add("|---|---|---|---|");
    for (Segmenters segmenter : Segmenters.values()) {
      long[] wall = new long[runs];
      long[] cpu = new long[runs];
      for (int run = -WARM_UP_RUNS; run < runs; run++) {
        long wallStart = System.nanoTime();
        long cpuStart = system.getProcessCpuTime();
        int sentences = segmenter.count(text);
        if (run >= 0 && sentences >= 0) {
          cpu[run] = system.getProcessCpuTime() - cpuStart;
          wall[run] = System.nanoTime() - wallStart;
        }
      }
      Arrays.sort(wall);
      Arrays.sort(cpu);
      rows.add(String.format("| %s | %.1f | %.1f | %.1f |", segmenter.label(), megabytes,
          megabytes / (wall[runs / 2] / 1e9), megabytes / (cpu[runs / 2] / 1e9)));
    }
    return rows;
  }
}
