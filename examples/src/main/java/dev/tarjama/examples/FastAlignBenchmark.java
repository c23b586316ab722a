package dev.tarjama.examples;

import dev.tarjama.align.FastAlignFormat;
import dev.tarjama.align.FastAlignOptions;
import dev.tarjama.align.FastAlignTrainer;
import dev.tarjama.align.FastAlignTraining;
import dev.tarjama.align.IterationStats;
import dev.tarjama.align.SentencePair;
import dev.tarjama.align.Symmetrization;
import dev.tarjama.align.WordAlignment;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Times fast_align training on the full reference corpus and checks every run of the reference's
 * {@code commands.tsv} against the real fast_align's files.
 *
 * <p>Usage: {@code FastAlignBenchmark REFERENCE_DIR [REPEATS [FAST_ALIGN_BINARY]]}. With a binary,
 * each repeat also times {@code fast_align -i corpus.ar-en -d -o -v} (run with one OpenMP thread).
 */
public final class FastAlignBenchmark {

  private FastAlignBenchmark() {}

  /** Runs the timing repeats, then the reference check; prints one line per repeat and run. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path reference = Path.of(args.length > 0 ? args[0] : "../shared/data/fast_align-ref");
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    for (int repeat = 1; repeat <= repeats; repeat++) {
      long start = System.nanoTime();
      long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      List<SentencePair> corpus = read(reference.resolve("corpus.ar-en"));
      FastAlignTraining training = FastAlignTrainer.train(corpus, FastAlignOptions.DEFAULTS);
      StringBuilder out = new StringBuilder();
      training.alignments().forEach(a -> out.append(a.toPharaoh()).append('\n'));
      double java = (System.nanoTime() - start) / 1e9;
      double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
      String cxx = args.length > 2 ? String.format("%.2f s", timeBinary(args[2], reference)) : "-";
      System.out.printf("repeat %d: java %.2f s wall, %.2f s cpu of this thread (%d lines);"
          + " c++ %s wall%n", repeat, java, cpu, corpus.size(), cxx);
    }
    Map<String, List<WordAlignment>> outputs = new HashMap<>();
    List<String> rows = Files.readAllLines(reference.resolve("commands.tsv"));
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t");
      String[] command = cells[1].split(" ");
      List<WordAlignment> alignments;
      String logCheck = "";
      if (command[0].equals("fast_align")) {
        FastAlignTraining training = train(reference, command);
        alignments = training.alignments();
        logCheck = compareLog(training, reference.resolve(cells[3]));
      } else {
        Symmetrization symmetrization = Symmetrization.fromAtoolsName(command[6]);
        List<WordAlignment> forward = outputs.get(command[2]);
        List<WordAlignment> reverse = outputs.get(command[4]);
        alignments = new ArrayList<>();
        for (int line = 0; line < forward.size(); line++) {
          alignments.add(symmetrization.apply(forward.get(line), reverse.get(line)));
        }
      }
      String stored = cells[2].contains("not stored") ? null : cells[2];
      outputs.put(stored != null ? stored : cells[0] + ".align", alignments);
      System.out.printf("%-20s %s %s%n", cells[0], compareLinks(alignments, stored, reference),
          logCheck);
    }
  }

  private static FastAlignTraining train(Path reference, String[] command) throws IOException {
    FastAlignOptions options = FastAlignOptions.MODEL_1;
    for (int k = 1; k < command.length; k++) {
      switch (command[k]) {
        case "-d" -> options = options.withFavorDiagonal(true);
        case "-o" -> options = options.withOptimizeTension(true);
        case "-v" -> options = options.withVariationalBayes(true);
        case "-r" -> options = options.withReverse(true);
        case "-I" -> options = options.withIterations(Integer.parseInt(command[++k]));
        case "-T" -> options =
            options.withFavorDiagonal(true).withTension(Double.parseDouble(command[++k]));
        case "-i", "-p" -> k++;
        default -> { }
      }
    }
    return FastAlignTrainer.train(read(reference.resolve(command[2])), options);
  }

  private static String compareLinks(List<WordAlignment> ours, String file, Path reference)
      throws IOException {
    if (file == null) {
      return "links: (reference not stored)";
    }
    List<String> theirs = Files.readAllLines(reference.resolve(file));
    int same = 0;
    for (int line = 0; line < theirs.size(); line++) {
      String expected = theirs.get(line).split(" \\|\\|\\| ")[0];
      same += ours.get(line).toPharaoh().equals(expected) ? 1 : 0;
    }
    return String.format("identical lines %d/%d (%.3f%%)", same, theirs.size(),
        100.0 * same / theirs.size());
  }

  /** Compares the printed log (numbers at fast_align's 6 digits) and the raw log-likelihoods. */
  private static String compareLog(FastAlignTraining ours, Path log) throws IOException {
    StringBuilder printed = new StringBuilder("expected target length = source length * ");
    printed.append(FastAlignFormat.number(ours.model().meanLengthRatio())).append('\n');
    List<Double> theirs = new ArrayList<>();
    List<String> theirLines = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      if (line.startsWith("  log_e likelihood: ")) {
        theirs.add(Double.parseDouble(line.substring(20)));
      }
      if (!line.matches("ARG=.|INITIAL PASS |\\.+|conditional probabilities: .*")) {
        theirLines.add(line);
      }
    }
    double worst = 0;
    for (int k = 0; k < theirs.size(); k++) {
      IterationStats stats = ours.iterations().get(k);
      worst = Math.max(worst, Math.abs(stats.logLikelihood() / theirs.get(k) - 1));
      printed.append("ITERATION ").append(k + 1).append(stats.last() ? " (FINAL)\n" : "\n");
      printed.append(stats.fastAlignLog());
    }
    boolean identical = List.of(printed.toString().split("\n")).equals(theirLines);
    return String.format("| log %s; log-likelihood max rel. deviation from printed %.1e (%d it.)",
        identical ? "identical" : "DIFFERS", worst, theirs.size());
  }

  private static List<SentencePair> read(Path file) throws IOException {
    List<SentencePair> corpus = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      corpus.add(SentencePair.parse(line));
    }
    return corpus;
  }

  private static double timeBinary(String binary, Path reference)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(binary, "-i", "corpus.ar-en", "-d", "-o", "-v")
            .directory(reference.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("OMP_NUM_THREADS", "1");
    long start = System.nanoTime();
    builder.start().waitFor();
    return (System.nanoTime() - start) / 1e9;
  }
}
