package dev.tarjama.examples.perf;

import dev.tarjama.Tarjama;
import dev.tarjama.Translation;
import dev.tarjama.decode.DecodeOptions;
import dev.tarjama.model.ModelConfig;
import dev.tarjama.model.ModelFiles;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Time to the first translation from JVM start: loads a model through the {@link Tarjama} facade
 * (tokenizer, sessions, load-time probe) and translates one sentence with the model's own
 * generation config, or with at most MAX_NEW_TOKENS generated tokens (for random-weight models,
 * which may never choose eos). Prints one JSON object: seconds from JVM start to the model being
 * ready and to the translation, the translation and the peak RSS.
 *
 * <p>Usage: {@code FirstTranslation MODEL_DIR THREADS SENTENCE [MAX_NEW_TOKENS]}.
 */
public final class FirstTranslation {

  private FirstTranslation() {}

  public static void main(String[] args) throws IOException {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    Path modelDir = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    double loaded;
    Translation translation;
    Tarjama.Builder builder = Tarjama.builder(modelDir).threads(threads);
    if (args.length > 3) {
      ModelConfig config = ModelConfig.read(modelDir.resolve(ModelFiles.CONFIG));
      builder.decodeOptions(
          DecodeOptions.DEFAULTS
              .withMaxNewTokens(Integer.parseInt(args[3]))
              .withBadWordsIds(List.of(List.of(config.padTokenId()))));
    }
    try (Tarjama tarjama = builder.build()) {
      loaded = (System.currentTimeMillis() - jvmStart) / 1e3;
      translation = tarjama.translate(args[2]);
    }
    double first = (System.currentTimeMillis() - jvmStart) / 1e3;
    String text = translation.text().replace("\\", "\\\\").replace("\"", "\\\"");
    System.out.printf(
        Locale.ROOT,
        "{\"system\": \"tarjama\", \"model_ready_seconds\": %.3f, \"first_translation_seconds\":"
            + " %.3f, \"peak_rss_mib\": %.1f, \"text\": \"%s\"}%n",
        loaded,
        first,
        DecodeBenchmark.peakRssMib(),
        text);
  }
}
