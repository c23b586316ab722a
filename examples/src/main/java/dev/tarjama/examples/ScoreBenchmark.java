package dev.tarjama.examples;

import dev.tarjama.eval.Bleu;
import dev.tarjama.eval.BleuOptions;
import dev.tarjama.eval.Chrf;
import dev.tarjama.eval.ChrfOptions;
import dev.tarjama.eval.Metric;
import dev.tarjama.eval.Ter;
import dev.tarjama.eval.TerOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times corpus BLEU + chrF + TER over 10,000 sentence pairs: the English sides of the FLORES-200,
 * NTREX-128, TICO-19 and Tatoeba test sets as references, and as hypotheses the same sentences
 * with every fifth word dropped and the second and third words swapped. Single-threaded; run it
 * pinned to one core: {@code taskset -c 0 examples/run ScoreBenchmark [data dir] [runs]}.
 */
public final class ScoreBenchmark {

  private ScoreBenchmark() {}

  /** Runs the benchmark; arguments: the shared data directory and the number of runs. */
  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<String> references = new ArrayList<>();
    for (String set : List.of("flores200-devtest", "ntrex128", "tico19", "tatoeba")) {
      references.addAll(Files.readAllLines(data.resolve(set).resolve("test.en")));
    }
    references = references.subList(0, 10_000);
    List<String> hypotheses = new ArrayList<>();
    for (String reference : references) {
      List<String> words = new ArrayList<>(List.of(reference.split(" ")));
      if (words.size() > 2) {
        words.add(1, words.remove(2));
      }
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        if (i % 5 != 4) {
          kept.add(words.get(i));
        }
      }
      hypotheses.add(String.join(" ", kept));
    }
    List<Metric> metrics = List.of(new Bleu(BleuOptions.DEFAULTS),
        new Chrf(ChrfOptions.DEFAULTS), new Ter(TerOptions.DEFAULTS));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    for (int run = 1; run <= runs; run++) {
      long wall = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      StringBuilder scores = new StringBuilder();
      for (Metric metric : metrics) {
        long start = System.nanoTime();
        double value = metric.corpusScore(hypotheses, List.of(references)).value();
        scores.append(String.format(" %s=%.2f (%.0f ms)", metric.name(), value,
            (System.nanoTime() - start) / 1e6));
      }
      double seconds = (System.nanoTime() - wall) / 1e9;
      best = Math.min(best, seconds);
      System.out.printf("run %d: %.3f s wall, %.3f s CPU, 10000 pairs;%s%n", run, seconds,
          (threads.getCurrentThreadCpuTime() - cpu) / 1e9, scores);
    }
    System.out.printf("best of %d runs: %.3f s for BLEU + chrF + TER on 10000 pairs%n", runs, best);
  }
}
