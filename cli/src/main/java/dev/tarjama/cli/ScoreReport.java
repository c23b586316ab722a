package dev.tarjama.cli;

import dev.tarjama.eval.Formats;
import dev.tarjama.eval.Metric;
import dev.tarjama.eval.PairedTest;
import dev.tarjama.eval.Score;
import dev.tarjama.eval.Signature;
import dev.tarjama.eval.SignificanceOptions;
import dev.tarjama.eval.SignificanceResult;
import dev.tarjama.eval.SignificanceTest;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Prints scores in sacreBLEU 2.6.0's formats: {@code Score.format}, {@code print_single_results}
 * and {@code print_results_table} (without colors). Not thread-safe: one per command run.
 */
final class ScoreReport {

  private final ScoreOptions options;
  private final boolean json;
  private final PrintStream out;

  ScoreReport(ScoreOptions options, String format, PrintStream out) {
    this.options = options;
    this.json = format.equals("json");
    this.out = out;
  }

  /** {@code --sentence-level}: one line per segment, always as text. */
  void sentences(Metric metric, List<String> hypotheses, List<List<String>> references) {
    String signature = signature(metric.signature(references.size()), options.shortSignature);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < hypotheses.size(); i++) {
      List<String> segmentReferences = new ArrayList<>(references.size());
      for (List<String> stream : references) {
        segmentReferences.add(stream.get(i));
      }
      Score score = metric.sentenceScore(hypotheses.get(i), segmentReferences);
      text.append(format(score, signature, OptionalDouble.empty(), OptionalDouble.empty(), false))
          .append('\n');
    }
    out.print(text);
  }

  /** One system: every metric in sorted order, as JSON objects or aligned text lines. */
  void single(
      Map<String, Metric> metrics,
      List<String> hypotheses,
      List<List<String>> references,
      long seed,
      String seedName) {
    List<String> results = new ArrayList<>();
    for (Metric metric : new TreeMap<>(metrics).values()) {
      Score score = metric.corpusScore(hypotheses, references);
      Signature signature = metric.signature(references.size());
      OptionalDouble mean = OptionalDouble.empty();
      OptionalDouble interval = OptionalDouble.empty();
      if (options.confidence) {
        SignificanceResult result =
            PairedTest.confidence(metric, hypotheses, references, options.confidenceN, seed);
        mean = result.mean();
        interval = result.confidenceInterval();
        signature =
            signature.withResampling(
                SignificanceTest.PAIRED_BOOTSTRAP, options.confidenceN, seedName);
      }
      results.add(
          format(
              score, signature(signature, options.shortSignature && !json), mean, interval, json));
    }
    if (json) {
      out.print(
          (results.size() > 1 ? "[\n" + String.join(",\n", results) + "\n]" : results.get(0))
              + "\n");
      return;
    }
    printAligned(results);
  }

  /** Several systems, no test: a table of scores and the signatures. */
  void multiple(
      Map<String, Metric> metrics,
      List<String> names,
      List<List<String>> systems,
      List<List<String>> references) {
    Map<String, String> signatures = new LinkedHashMap<>();
    Map<String, List<SignificanceResult>> results = new LinkedHashMap<>();
    for (List<String> system : systems) {
      for (Metric metric : new TreeMap<>(metrics).values()) {
        Score score = metric.corpusScore(system, references);
        signatures.put(
            score.name(), signature(metric.signature(references.size()), options.shortSignature));
        results
            .computeIfAbsent(score.name(), k -> new ArrayList<>())
            .add(
                new SignificanceResult(
                    score.value(),
                    OptionalDouble.empty(),
                    OptionalDouble.empty(),
                    OptionalDouble.empty()));
      }
    }
    printTable(names, results, signatures, null);
  }

  /** Several systems compared with the first by a paired test. */
  void paired(
      Map<String, Metric> metrics,
      List<String> names,
      List<List<String>> systems,
      List<List<String>> references,
      long seed,
      String seedName) {
    SignificanceTest test =
        options.pairedBs
            ? SignificanceTest.PAIRED_BOOTSTRAP
            : SignificanceTest.APPROXIMATE_RANDOMIZATION;
    int samples = options.pairedBs ? options.pairedBsN : options.pairedArN;
    if (samples <= 0) {
      samples = test.defaultSamples();
    }
    SignificanceOptions significance = new SignificanceOptions(test, samples, seed);
    Map<String, String> signatures = new LinkedHashMap<>();
    Map<String, List<SignificanceResult>> results = new LinkedHashMap<>();
    for (Metric metric : metrics.values()) {
      results.put(
          metric.name(),
          PairedTest.compare(
              metric,
              systems.get(0),
              systems.subList(1, systems.size()),
              references,
              significance));
      signatures.put(
          metric.name(),
          signature(
              metric.signature(references.size()).withResampling(test, samples, seedName),
              options.shortSignature));
    }
    printTable(names, results, signatures, test);
  }

  private static String signature(Signature signature, boolean shortForm) {
    return shortForm ? signature.formatShort() : signature.format();
  }

  /** sacreBLEU's {@code Score.format}. */
  private String format(
      Score score, String signature, OptionalDouble mean, OptionalDouble interval, boolean asJson) {
    int width = options.width;
    String value = Formats.fixed(score.value(), width);
    String confidence = null;
    if (mean.isPresent() && mean.getAsDouble() > 0) {
      confidence =
          "μ = "
              + Formats.fixed(mean.getAsDouble(), width)
              + " ± "
              + Formats.fixed(interval.getAsDouble(), width);
      value += " (" + confidence + ")";
    }
    if (options.scoreOnly) {
      return value;
    }
    if (asJson) {
      List<String> fields = new ArrayList<>();
      fields.add(field("name", PythonJson.string(score.name())));
      fields.add(field("score", number(Formats.fixed(score.value(), width))));
      fields.add(field("signature", PythonJson.string(signature)));
      if (confidence != null) {
        fields.add(field("confidence_mean", number(Formats.fixed(mean.getAsDouble(), width))));
        fields.add(field("confidence_var", number(Formats.fixed(interval.getAsDouble(), width))));
        fields.add(field("confidence", PythonJson.string(confidence)));
      }
      if (!score.details().isEmpty()) {
        fields.add(field("verbose_score", PythonJson.string(score.details())));
      }
      for (String pair : signature.split("\\|")) {
        String[] keyValue = pair.split(":", 2);
        fields.add(field(keyValue[0], PythonJson.string(keyValue[1])));
      }
      return "{\n" + String.join(",\n", fields) + "\n}";
    }
    String line =
        (signature.isEmpty() ? score.name() : score.name() + "|" + signature) + " = " + value;
    return score.details().isEmpty() ? line : line + " " + score.details();
  }

  private static String field(String key, String value) {
    return " " + PythonJson.string(key) + ": " + value;
  }

  private static String number(String formatted) {
    return PythonJson.number(Double.parseDouble(formatted));
  }

  /** sacreBLEU's {@code print_single_results} in text mode: lines aligned on their '='. */
  private void printAligned(List<String> results) {
    if (results.size() == 1) {
      out.print(results.get(0) + "\n");
      return;
    }
    List<Integer> lengths = new ArrayList<>();
    List<String> aligned = new ArrayList<>();
    for (String line : results) {
      int at = line.indexOf('=');
      if (at < 0) {
        out.print(line + "\n");
      } else {
        lengths.add(at - 1);
        aligned.add(line);
      }
    }
    int width = lengths.stream().mapToInt(Integer::intValue).max().orElse(0);
    for (int i = 0; i < aligned.size(); i++) {
      String line = aligned.get(i);
      String left = line.substring(0, lengths.get(i));
      out.print(" ".repeat(width - left.length()) + left + line.substring(lengths.get(i)) + "\n");
    }
  }

  private void printTable(
      List<String> names,
      Map<String, List<SignificanceResult>> results,
      Map<String, String> signatures,
      SignificanceTest test) {
    if (json) {
      out.print(PairedJson.render(names, results) + "\n");
      return;
    }
    int width = options.width;
    List<String> headers = new ArrayList<>(List.of("System"));
    List<List<String>> columns = new ArrayList<>();
    boolean bootstrap = false;
    for (Map.Entry<String, List<SignificanceResult>> entry : results.entrySet()) {
      List<String> cells = new ArrayList<>();
      for (SignificanceResult result : entry.getValue()) {
        String cell = Formats.fixed(result.score(), width);
        if (result.mean().isPresent()) {
          bootstrap = true;
          cell +=
              " ("
                  + Formats.fixed(result.mean().getAsDouble(), width)
                  + " ± "
                  + Formats.fixed(result.confidenceInterval().getAsDouble(), width)
                  + ")";
        }
        if (result.pValue().isPresent()) {
          double p = result.pValue().getAsDouble();
          cell += "\n(p = " + Formats.fixed(p, 4) + ")" + (p > 0.05 ? "" : "*");
        }
        cells.add(cell);
      }
      headers.add(bootstrap ? entry.getKey() + " (μ ± 95% CI)" : entry.getKey());
      columns.add(cells);
    }
    ResultsTable table = new ResultsTable(headers);
    for (int s = 0; s < names.size(); s++) {
      List<String> row = new ArrayList<>(List.of(names.get(s)));
      for (List<String> cells : columns) {
        row.add(cells.get(s));
      }
      table.addRow(row);
    }
    StringBuilder text = new StringBuilder(table.render()).append("\n\n");
    if (test != null) {
      text.append(
          PairedJson.explanation(
              test, options.pairedBs ? options.pairedBsN : options.pairedArN, names.get(0)));
    }
    text.append("-----------------\nMetric signatures\n-----------------\n");
    for (Map.Entry<String, String> entry : signatures.entrySet()) {
      text.append(" - ")
          .append(String.format("%-10s", entry.getKey()))
          .append(' ')
          .append(entry.getValue())
          .append('\n');
    }
    out.print(text);
  }
}
