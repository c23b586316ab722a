package dev.tarjama.eval;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;

/** Builds a metric from a vector row's sacreBLEU keyword arguments ({@code options}). */
final class VectorOptions {

  private VectorOptions() {}

  static Metric metric(String metricName, JsonObject options) {
    return switch (metricName) {
      case "BLEU" -> new Bleu(bleu(options));
      case "chrF" -> new Chrf(chrf(options));
      case "TER" -> new Ter(ter(options));
      default -> throw new IllegalArgumentException("unknown metric " + metricName);
    };
  }

  static BleuOptions bleu(JsonObject options) {
    BleuOptions o = BleuOptions.DEFAULTS;
    for (Map.Entry<String, JsonElement> e : options.entrySet()) {
      JsonElement v = e.getValue();
      switch (e.getKey()) {
        case "tokenize" -> o = o.withTokenizer(BleuTokenizer.fromName(v.getAsString()));
        case "smooth_method" -> o = o.withSmoothing(BleuSmoothing.fromName(v.getAsString()));
        case "lowercase" -> o = o.withLowercase(v.getAsBoolean());
        case "effective_order" -> o = o.withEffectiveOrder(v.getAsBoolean());
        case "max_ngram_order" -> o = o.withMaxNgramOrder(v.getAsInt());
        case "smooth_value", "force" -> { }
        default -> throw new IllegalArgumentException("unknown BLEU option " + e.getKey());
      }
    }
    JsonElement value = options.get("smooth_value");
    if (value != null && !value.isJsonNull()) {
      o = o.withSmoothValue(value.getAsDouble());
    }
    return o;
  }

  static ChrfOptions chrf(JsonObject options) {
    ChrfOptions o = ChrfOptions.DEFAULTS;
    for (Map.Entry<String, JsonElement> e : options.entrySet()) {
      JsonElement v = e.getValue();
      switch (e.getKey()) {
        case "char_order" -> o = o.withCharOrder(v.getAsInt());
        case "word_order" -> o = o.withWordOrder(v.getAsInt());
        case "beta" -> o = o.withBeta(v.getAsInt());
        case "lowercase" -> o = o.withLowercase(v.getAsBoolean());
        case "whitespace" -> o = o.withWhitespace(v.getAsBoolean());
        case "eps_smoothing" -> o = o.withEpsSmoothing(v.getAsBoolean());
        default -> throw new IllegalArgumentException("unknown chrF option " + e.getKey());
      }
    }
    return o;
  }

  static TerOptions ter(JsonObject options) {
    TerOptions o = TerOptions.DEFAULTS;
    for (Map.Entry<String, JsonElement> e : options.entrySet()) {
      boolean v = e.getValue().getAsBoolean();
      switch (e.getKey()) {
        case "normalized" -> o = o.withNormalized(v);
        case "no_punct" -> o = o.withNoPunct(v);
        case "asian_support" -> o = o.withAsianSupport(v);
        case "case_sensitive" -> o = o.withCaseSensitive(v);
        default -> throw new IllegalArgumentException("unknown TER option " + e.getKey());
      }
    }
    return o;
  }
}
