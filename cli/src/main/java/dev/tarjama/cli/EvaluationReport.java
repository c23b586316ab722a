package dev.tarjama.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.tarjama.decode.DecodeOptions;
import dev.tarjama.eval.Score;
import dev.tarjama.eval.SignificanceResult;
import java.util.List;
import java.util.Locale;

/**
 * The result of {@code tarjama evaluate}, as Markdown and as JSON.
 *
 * @param pipeline the translator's settings besides the search options
 * @param cutPieces pieces whose translation still reached the length limit
 */
record EvaluationReport(
    String testSet,
    String model,
    boolean quantized,
    DecodeOptions options,
    PipelineSettings pipeline,
    int cutPieces,
    int lines,
    int referenceCount,
    List<Score> scores,
    List<SignificanceResult> intervals,
    List<String> hypotheses,
    double seconds,
    long targetTokens,
    double loadSeconds) {

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(testSet).append("\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "model `%s`%s, beam %d, %d lines, %d reference(s)%n%n",
            model,
            quantized ? " (int8)" : "",
            options.beamSize(),
            lines,
            referenceCount));
    md.append("pipeline: ").append(pipeline.line());
    md.append(", cut pieces: ").append(cutPieces).append("\n\n");
    md.append("| metric | score | 95% CI (bootstrap, 1000) | signature |\n|---|---|---|---|\n");
    for (int i = 0; i < scores.size(); i++) {
      Score score = scores.get(i);
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.2f | ± %.2f | `%s` |%n",
              score.name(),
              score.value(),
              intervals.get(i).confidenceInterval().orElse(Double.NaN),
              score.signature().format()));
    }
    md.append(
        String.format(
            Locale.ROOT,
            "%ntranslation: %.1f s, %.2f lines/s, %.1f target tokens/s; model load %.2f s%n",
            seconds,
            lines / Math.max(seconds, 1e-9),
            targetTokens / Math.max(seconds, 1e-9),
            loadSeconds));
    return md.toString();
  }

  String json() {
    JsonObject root = new JsonObject();
    root.addProperty("test_set", testSet);
    root.addProperty("model", model);
    root.addProperty("quantized", quantized);
    JsonObject o = new JsonObject();
    o.addProperty("beam_size", options.beamSize());
    o.addProperty("max_length", options.effectiveMaxLength());
    o.addProperty("length_penalty", options.lengthPenalty());
    o.addProperty("early_stopping", options.earlyStopping().name().toLowerCase(Locale.ROOT));
    o.addProperty("no_repeat_ngram_size", options.noRepeatNgramSize());
    o.addProperty("repetition_penalty", options.repetitionPenalty());
    root.add("options", o);
    root.add("pipeline", pipeline.json());
    root.addProperty("cut_pieces", cutPieces);
    root.addProperty("lines", lines);
    root.addProperty("references", referenceCount);
    JsonArray array = new JsonArray();
    for (int i = 0; i < scores.size(); i++) {
      Score score = scores.get(i);
      SignificanceResult interval = intervals.get(i);
      JsonObject s = new JsonObject();
      s.addProperty("name", score.name());
      s.addProperty("score", score.value());
      interval.confidenceInterval().ifPresent(ci -> s.addProperty("ci95", ci));
      interval.mean().ifPresent(mean -> s.addProperty("bootstrap_mean", mean));
      s.addProperty("signature", score.signature().format());
      s.addProperty("details", score.details());
      array.add(s);
    }
    root.add("scores", array);
    root.addProperty("seconds", seconds);
    root.addProperty("lines_per_second", lines / Math.max(seconds, 1e-9));
    root.addProperty("target_tokens", targetTokens);
    root.addProperty("target_tokens_per_second", targetTokens / Math.max(seconds, 1e-9));
    root.addProperty("model_load_seconds", loadSeconds);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
  }
}
