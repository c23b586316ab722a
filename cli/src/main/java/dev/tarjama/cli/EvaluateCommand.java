package dev.tarjama.cli;

import dev.tarjama.Tarjama;
import dev.tarjama.TranslatedPiece;
import dev.tarjama.Translation;
import dev.tarjama.TranslationProgress;
import dev.tarjama.decode.DecodeOptions;
import dev.tarjama.eval.Bleu;
import dev.tarjama.eval.BleuOptions;
import dev.tarjama.eval.Chrf;
import dev.tarjama.eval.ChrfOptions;
import dev.tarjama.eval.Metric;
import dev.tarjama.eval.PairedTest;
import dev.tarjama.eval.Score;
import dev.tarjama.eval.SignificanceResult;
import dev.tarjama.eval.Ter;
import dev.tarjama.eval.TerOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tarjama evaluate}: translates a test set, scores it with BLEU, chrF and TER as sacreBLEU
 * does (with bootstrap confidence intervals), and writes a report.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Translates a test set (one Arabic segment per line) and scores it against references.",
      "Prints the report; --report PREFIX also writes PREFIX.md and PREFIX.json."
    })
final class EvaluateCommand implements Callable<Integer> {
  private static final int CHUNK = 256;
  private static final int BOOTSTRAP_SAMPLES = 1000;
  private static final long BOOTSTRAP_SEED = 12345;

  @Spec CommandSpec spec;

  @Mixin ModelOption modelOption = new ModelOption();

  @Option(
      names = {"-s", "--source"},
      required = true,
      paramLabel = "FILE",
      description = "Arabic.")
  Path source;

  @Option(
      names = {"-r", "--reference"},
      required = true,
      paramLabel = "FILE",
      description = "English references, line-aligned with the source; repeat for more.")
  List<Path> references;

  @Option(names = "--beam", paramLabel = "N", description = "Beam size (default: the model's).")
  Integer beam;

  @Option(names = "--limit", paramLabel = "N", description = "Only the first N kept lines.")
  Integer limit;

  @Option(
      names = "--exclude-lines",
      paramLabel = "FILE",
      description = "1-based line numbers to leave out, one per line.")
  Path excludeLines;

  @Option(
      names = "--labels",
      paramLabel = "FILE",
      description = "Per-line labels (e.g. tatoeba test.ara.labels); with --label.")
  Path labels;

  @Option(names = "--label", paramLabel = "VALUE", description = "Keep lines with this label.")
  String label;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the translations here.")
  Path output;

  @Option(names = "--report", paramLabel = "PREFIX", description = "Write PREFIX.md, PREFIX.json.")
  Path report;

  @Option(names = "--name", paramLabel = "NAME", description = "Test set name in the report.")
  String name;

  @Option(names = "--no-progress", description = "No progress bar on standard error.")
  boolean noProgress;

  @Override
  public Integer call() throws IOException {
    List<String> sources = TextLines.read(source);
    List<List<String>> refs = new ArrayList<>();
    for (Path file : references) {
      List<String> lines = TextLines.read(file);
      if (lines.size() != sources.size()) {
        throw new IllegalArgumentException(
            source + " has " + sources.size() + " lines but " + file + " has " + lines.size());
      }
      refs.add(lines);
    }
    List<Integer> kept = keptLines(sources.size());
    List<String> input = new ArrayList<>();
    kept.forEach(i -> input.add(sources.get(i)));
    List<List<String>> keptRefs = new ArrayList<>();
    for (List<String> r : refs) {
      List<String> k = new ArrayList<>();
      kept.forEach(i -> k.add(r.get(i)));
      keptRefs.add(k);
    }
    if (input.isEmpty()) {
      throw new IllegalArgumentException(
          source + (sources.isEmpty() ? " has no lines" : " has no line left to translate"));
    }
    // Before the translation, not after it: a missing directory must not cost the whole run.
    if (output != null) {
      createParent(output);
    }
    if (report != null) {
      createParent(Path.of(report + ".md"));
      createParent(Path.of(report + ".json"));
    }
    EvaluationReport result = translateAndScore(input, keptRefs);
    if (output != null) {
      Files.write(output, result.hypotheses(), StandardCharsets.UTF_8);
    }
    spec.commandLine().getOut().println(result.markdown());
    spec.commandLine().getOut().flush();
    if (report != null) {
      Files.writeString(Path.of(report + ".md"), result.markdown(), StandardCharsets.UTF_8);
      Files.writeString(Path.of(report + ".json"), result.json(), StandardCharsets.UTF_8);
    }
    return 0;
  }

  private EvaluationReport translateAndScore(List<String> input, List<List<String>> refs) {
    ModelOption.requireAtLeast("--beam", beam, 1);
    long loadStart = System.nanoTime();
    try (Tarjama mt = modelOption.builder().build()) {
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      DecodeOptions options = mt.defaultOptions();
      if (beam != null) {
        options = options.withNumHypotheses(1).withBeamSize(beam);
      }
      List<String> hypotheses = new ArrayList<>(input.size());
      long tokens = 0;
      TranslationProgress bar =
          ProgressBar.unless(noProgress, spec.commandLine().getErr(), "lines");
      CutPieces cut = new CutPieces();
      long start = System.nanoTime();
      for (int from = 0; from < input.size(); from += CHUNK) {
        List<String> chunk = input.subList(from, Math.min(input.size(), from + CHUNK));
        int done = from;
        List<Translation> translations = mt.translateAll(chunk, options, (d, t) -> {});
        cut.add(translations);
        for (Translation t : translations) {
          hypotheses.add(t.text().replace('\n', ' '));
          tokens +=
              t.sentences().stream()
                  .flatMap(s -> s.pieces().stream())
                  .mapToInt(TranslatedPiece::tokens)
                  .sum();
        }
        bar.update(done + chunk.size(), input.size());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      cut.warn(spec.commandLine().getErr(), options, "the report counts them: cut pieces");
      List<Metric> metrics =
          List.of(
              new Bleu(BleuOptions.DEFAULTS),
              new Chrf(ChrfOptions.DEFAULTS),
              new Ter(TerOptions.DEFAULTS));
      List<Score> scores = new ArrayList<>();
      List<SignificanceResult> intervals = new ArrayList<>();
      for (Metric metric : metrics) {
        scores.add(metric.corpusScore(hypotheses, refs));
        intervals.add(
            PairedTest.confidence(metric, hypotheses, refs, BOOTSTRAP_SAMPLES, BOOTSTRAP_SEED));
      }
      return new EvaluationReport(
          name == null ? source.toString() : name,
          modelOption.directory().toString(),
          modelOption.quantized,
          options,
          modelOption.pipeline(mt.repairsWords()),
          cut.count(),
          input.size(),
          refs.size(),
          scores,
          intervals,
          hypotheses,
          seconds,
          tokens,
          loadSeconds);
    }
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      Files.createDirectories(parent);
    }
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(file + " is a directory, not a file");
    }
  }

  private List<Integer> keptLines(int count) throws IOException {
    Set<Integer> excluded = new HashSet<>();
    if (excludeLines != null) {
      for (String line : TextLines.read(excludeLines)) {
        if (!line.isBlank()) {
          excluded.add(Integer.parseInt(line.strip()) - 1);
        }
      }
    }
    List<String> lineLabels = null;
    if ((labels == null) != (label == null)) {
      throw new IllegalArgumentException("--labels and --label go together");
    }
    if (labels != null) {
      lineLabels = TextLines.read(labels);
      if (lineLabels.size() != count) {
        throw new IllegalArgumentException(
            source + " has " + count + " lines but " + labels + " has " + lineLabels.size());
      }
    }
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < count && (limit == null || kept.size() < limit); i++) {
      if (!excluded.contains(i)
          && (lineLabels == null || lineLabels.get(i).strip().equals(label))) {
        kept.add(i);
      }
    }
    return kept;
  }
}
