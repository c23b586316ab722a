package dev.tarjama.examples;

import dev.tarjama.AlignedTranslation;
import dev.tarjama.Tarjama;
import dev.tarjama.align.AlignmentHtml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Translates the seed article, aligns each sentence with its English by the model's attention,
 * and writes the alignments as a self-contained HTML page: Arabic right-to-left above, English
 * below, lines between linked words; hovering a word highlights its partners.
 *
 * <pre>
 * mvn -q -B -pl lib,examples -am package -DskipTests
 * java -cp cli/target/tarjama-cli.jar:examples/target/classes \
 *     dev.tarjama.examples.AlignSeedArticle [MODEL_DIR] [SEED] [OUT_HTML]
 * </pre>
 */
public final class AlignSeedArticle {
  public static void main(String[] args) throws Exception {
    Path model = Path.of(args.length > 0 ? args[0] : "models/tarjama-ar-en");
    Path seed = Path.of(args.length > 1 ? args[1] : "seeds/000_8bb5bcd9b53559f5.txt");
    Path out = Path.of(args.length > 2 ? args[2] : "docs/alignment.html");
    String arabic = Files.readString(seed, StandardCharsets.UTF_8);
    try (Tarjama mt = Tarjama.builder(model).build()) {
      AlignedTranslation aligned = mt.translateAndAlign(arabic);
      String note =
          "Model " + model.getFileName() + ", attention " + mt.defaultAttentionHead()
              + "; line opacity = attention weight. Hover a word to see its partners.";
      String html = AlignmentHtml.render("Seed article: " + seed.getFileName(), note,
          aligned.alignments());
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.writeString(out, html, StandardCharsets.UTF_8);
      System.out.println("wrote " + out + ": " + aligned.alignments().size() + " pieces");
    }
  }

  private AlignSeedArticle() {}
}
