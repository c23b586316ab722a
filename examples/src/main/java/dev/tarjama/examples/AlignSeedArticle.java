package dev.tarjama.examples;

import dev.tarjama.AlignedTranslation;
import dev.tarjama.Tarjama;
import dev.tarjama.align.Alignment;
import dev.tarjama.align.AlignmentHtml;
import dev.tarjama.align.FastAlignOptions;
import dev.tarjama.align.FastAlignTrainer;
import dev.tarjama.align.SentencePair;
import dev.tarjama.align.Symmetrization;
import dev.tarjama.align.WordAlignment;
import dev.tarjama.align.WordTokenizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Translates the seed article, aligns each sentence with its English and writes a self-contained
 * HTML page (Arabic right-to-left above, English below, linked words joined by lines; hovering a
 * word highlights its partners). Aligns by the model's attention, or, given a corpus prefix
 * ({@code PREFIX.ar}/{@code .en}), by fast_align grow-diag-final-and trained on it plus the pairs.
 *
 * <pre>
 * java -cp cli/target/tarjama-cli.jar:examples/target/classes dev.tarjama.examples.AlignSeedArticle \
 *     [MODEL_DIR] [SEED] [OUT_HTML] [CORPUS_PREFIX]
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
      List<Alignment> alignments = aligned.alignments();
      String method = "attention " + mt.defaultAttentionHead() + "; line opacity = weight";
      if (args.length > 3) {
        alignments = fastAlign(alignments, Path.of(args[3]));
        method = "fast_align grow-diag-final-and";
      }
      String note = "English by model " + model.getFileName() + "; aligned by " + method
          + ". Hover a word to see its partners.";
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, AlignmentHtml.render("Seed article " + seed.getFileName(), note,
          alignments), StandardCharsets.UTF_8);
      System.out.println("wrote " + out + ": " + alignments.size() + " pieces, " + method);
    }
  }

  private static List<Alignment> fastAlign(List<Alignment> pieces, Path corpus) throws Exception {
    List<String> ar = Files.readAllLines(Path.of(corpus + ".ar"));
    List<String> en = Files.readAllLines(Path.of(corpus + ".en"));
    List<SentencePair> pairs = new ArrayList<>();
    for (int k = 0; k < ar.size(); k++) {
      pairs.add(new SentencePair(words(ar.get(k)), words(en.get(k))));
    }
    pieces.forEach(a -> pairs.add(new SentencePair(words(a.source()), words(a.target()))));
    List<WordAlignment> fwd = FastAlignTrainer.train(pairs, FastAlignOptions.DEFAULTS).alignments();
    List<WordAlignment> rev =
        FastAlignTrainer.train(pairs, FastAlignOptions.DEFAULTS.withReverse(true)).alignments();
    List<Alignment> result = new ArrayList<>();
    for (int k = 0; k < pieces.size(); k++) {
      int line = ar.size() + k;
      result.add(Alignment.of(pieces.get(k).source(), pieces.get(k).target(),
          Symmetrization.GROW_DIAG_FINAL_AND.apply(fwd.get(line), rev.get(line))));
    }
    return result;
  }

  private static List<String> words(String text) {
    return WordTokenizer.texts(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  private AlignSeedArticle() {}
}
