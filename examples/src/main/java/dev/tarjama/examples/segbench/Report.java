package dev.tarjama.examples.segbench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/** Runs every segmenter over the gold corpora and formats the tables of SegmentBenchmark. */
public final class Report {
  /** Shortest timed run, in nanoseconds. */
  private static final long MIN_RUN_NANOS = 1_000_000_000L;

  // Measured: on this 2-core machine with one core busy, C2 reaches its steady speed on the 20 MB
  // input after 8-12 runs (tarjama and ICU alike); fewer warm-up runs time the JIT, not the code.
  private static final int WARM_UP_RUNS = 12;

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
   * One compact row per corpus: gold boundaries, tarjama's precision, recall and F1, and the F1 of
   * the other segmenters; for breakdowns such as PADT by newspaper.
   */
  public static List<String> compact(List<GoldCorpus> corpora) {
    List<String> rows = new ArrayList<>();
    StringBuilder header = new StringBuilder("| source | gold boundaries | tarjama P | tarjama R "
        + "| tarjama F1 (false pos., false neg.) |");
    StringBuilder rule = new StringBuilder("|---|---|---|---|---|");
    for (Segmenters other : List.of(Segmenters.ICU, Segmenters.JDK)) {
      header.append(' ').append(other.label()).append(" F1 |");
      rule.append("---|");
    }
    rows.add(header.toString());
    rows.add(rule.toString());
    for (GoldCorpus corpus : corpora) {
      BoundaryScore tarjama = score(corpus, Segmenters.TARJAMA);
      StringBuilder row = new StringBuilder(String.format(
          "| %s | %d | %.4f | %.4f | %.4f (%d, %d) |", corpus.name(), tarjama.gold(),
          tarjama.precision(), tarjama.recall(), tarjama.f1(),
          tarjama.found() - tarjama.truePositives(), tarjama.gold() - tarjama.truePositives()));
      for (Segmenters other : List.of(Segmenters.ICU, Segmenters.JDK)) {
        row.append(String.format(" %.4f |", score(corpus, other).f1()));
      }
      rows.add(row.toString());
    }
    return rows;
  }

  private static BoundaryScore score(GoldCorpus corpus, Segmenters segmenter) {
    List<Set<Integer>> found = new ArrayList<>();
    corpus.texts().forEach(text -> found.add(segmenter.boundaries(text)));
    return BoundaryScore.of(corpus.boundaries(), found);
  }

  /**
   * Throughput of each segmenter in MB/s (UTF-8 bytes of input): {@code runs} timed runs after
   * {@value #WARM_UP_RUNS} warm-up runs (the JIT compiles the scanning loops). Reports the median
   * over wall-clock time and over the CPU time of the whole process (garbage collection and JIT
   * threads included; on a loaded, shared machine the CPU figure is the stable one), and the bytes
   * the timing thread allocated per MB of input. tarjama is timed twice: {@code spans} (offsets,
   * like the BreakIterators) and {@code segment} (a {@code Sentence} with its own text each).
   */
  public static List<String> throughput(List<GoldCorpus> corpora, int targetChars, int runs) {
    StringBuilder all = new StringBuilder();
    while (all.length() < targetChars) {
      corpora.forEach(c -> c.texts().forEach(t -> all.append(t).append("\n\n")));
    }
    String text = all.toString();
    double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
    Map<String, ToIntFunction<String>> timed = new LinkedHashMap<>();
    timed.put(Segmenters.TARJAMA.label() + " spans", Segmenters.TARJAMA::count);
    timed.put(Segmenters.TARJAMA.label() + " segment", Segmenters::countSentences);
    timed.put(Segmenters.ICU.label(), Segmenters.ICU::count);
    timed.put(Segmenters.JDK.label(), Segmenters.JDK::count);
    List<String> rows = new ArrayList<>();
    rows.add(String.format("| segmenter | input MB (UTF-8) | MB/s wall (median of %d) "
        + "| MB/s process CPU (median of %d) | MB allocated per input MB |", runs, runs));
    rows.add("|---|---|---|---|---|");
    timed.forEach((label, counter) -> rows.add(String.format(
        "| %s | %.1f | %s |", label, megabytes, time(counter, text, megabytes, runs))));
    return rows;
  }

  /**
   * Medians of {@code runs} timed runs after warm-up. A run repeats the segmentation until it lasts
   * at least {@link #MIN_RUN_NANOS}, so that the process CPU clock, which ticks in 10 ms steps on
   * Linux, and a fast segmenter's 50 ms passes do not make the CPU column noise.
   */
  private static String time(
      ToIntFunction<String> counter, String text, double megabytes, int runs) {
    var system = (com.sun.management.OperatingSystemMXBean)
        ManagementFactory.getOperatingSystemMXBean();
    var thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long warmUpNanos = Long.MAX_VALUE;
    long allocated = 0;
    for (int run = 0; run < WARM_UP_RUNS; run++) {
      long allocatedStart = thread.getCurrentThreadAllocatedBytes();
      long start = System.nanoTime();
      if (counter.applyAsInt(text) < 0) {
        throw new IllegalStateException("negative count");
      }
      warmUpNanos = Math.min(warmUpNanos, System.nanoTime() - start);
      allocated = thread.getCurrentThreadAllocatedBytes() - allocatedStart;
    }
    int repeats = (int) Math.max(1, (MIN_RUN_NANOS + warmUpNanos - 1) / Math.max(1, warmUpNanos));
    double[] wall = new double[runs];
    double[] cpu = new double[runs];
    for (int run = 0; run < runs; run++) {
      long wallStart = System.nanoTime();
      long cpuStart = system.getProcessCpuTime();
      int sentences = 0;
      for (int r = 0; r < repeats; r++) {
        sentences += counter.applyAsInt(text);
      }
      cpu[run] = (system.getProcessCpuTime() - cpuStart) / 1e9 / repeats;
      wall[run] = (System.nanoTime() - wallStart) / 1e9 / repeats;
      if (sentences < 0) {
        throw new IllegalStateException("negative count");
      }
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    return String.format("%.1f | %.1f | %.2f", megabytes / wall[runs / 2],
        megabytes / cpu[runs / 2], allocated / 1e6 / megabytes);
  }
}
