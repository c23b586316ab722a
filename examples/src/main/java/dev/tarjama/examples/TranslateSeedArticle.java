package dev.tarjama.examples;

import dev.tarjama.SentenceTranslation;
import dev.tarjama.Tarjama;
import dev.tarjama.Translation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Translates the seed article sentence by sentence and prints each source span with its English.
 *
 * <pre>
 * examples/run TranslateSeedArticle [MODEL_DIR] [TEXT]
 * </pre>
 */
public final class TranslateSeedArticle {
  public static void main(String[] args) throws Exception {
    Path model = Path.of(args.length > 0 ? args[0] : "models/tarjama-ar-en");
    Path seed = Path.of(args.length > 1 ? args[1] : "seeds/000_8bb5bcd9b53559f5.txt");
    String arabic = Files.readString(seed, StandardCharsets.UTF_8);
    try (Tarjama mt = Tarjama.builder(model).build()) {
      Translation translation = mt.translate(arabic);
      for (SentenceTranslation s : translation.sentences()) {
        System.out.printf(
            "[%d, %d) score %.3f%n  %s%n  %s%n",
            s.start(), s.end(), s.score(), arabic.substring(s.start(), s.end()), s.text());
      }
    }
  }

  private TranslateSeedArticle() {}
}
