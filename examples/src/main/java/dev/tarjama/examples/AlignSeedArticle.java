package dev.tarjama.examples;

import dev.tarjama.Tarjama;
import dev.tarjama.align.Alignment;
import dev.tarjama.align.AlignmentHtml;
import dev.tarjama.align.FastAlignModel;
import dev.tarjama.align.FastAlignOptions;
import dev.tarjama.align.FastAlignTrainer;
import dev.tarjama.align.SentencePair;
import dev.tarjama.align.Symmetrization;
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
 * word highlights its partners). Aligns by the model's attention (with its lexical table, if it has
 * one: the library's default), or, given a corpus prefix ({@code PREFIX.ar}/{@code .en}), by
 * fast_align grow-diag-final-and trained on that corpus. Arguments: {@code [MODEL_DIR] [SEED]
 * [OUT_HTML] [CORPUS_PREFIX]}.
 */
public final class AlignSeedArticle {
  public static void main(String[] args) throws Exception {
    Path model = Path.of(args.length > 0 ? args[0] : "models/tarjama-ar-en");
    Path seed = Path.of(args.length > 1 ? args[1] : "seeds/000_8bb5bcd9b53559f5.txt");
    Path out = Path.of(args.length > 2 ? args[2] : "docs/alignment.html");
    String arabic = Files.readString(seed, StandardCharsets.UTF_8);
    try (Tarjama mt = Tarjama.builder(model).build()) {
      List<Alignment> alignments = mt.translateAndAlign(arabic).alignments();
      String method =
          "attention "
              + mt.defaultAttentionHead()
              + (mt.hasLexicalTable() ? " with the lexical prior" : "")
              + "; line opacity = weight";
      if (args.length > 3) {
        alignments = fastAlign(alignments, Path.of(args[3]));
        method = "fast_align grow-diag-final-and";
      }
      String note = "English by model " + model.getFileName() + "; aligned by " + method + ".";
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(
          out,
          AlignmentHtml.render("Seed article " + seed.getFileName(), note, alignments),
          StandardCharsets.UTF_8);
      System.out.println("wrote " + out + ": " + alignments.size() + " pieces, " + method);
    }
  }

  private static List<Alignment> fastAlign(List<Alignment> pieces, Path corpus) throws Exception {
    FastAlignModel forward = model(corpus, false);
    FastAlignModel reverse = model(corpus, true);
    return pieces.stream()
        .map(
            a ->
                Alignment.of(
                    a.source(),
                    a.target(),
                    Symmetrization.GROW_DIAG_FINAL_AND.apply(
                        forward.align(words(a.source()), words(a.target())),
                        reverse.align(words(a.source()), words(a.target())))))
        .toList();
  }

  /** fast_align -d -o -v trained on the corpus, saved beside it on first use and loaded after. */
  private static FastAlignModel model(Path corpus, boolean reverse) throws Exception {
    Path saved = Path.of(corpus + (reverse ? ".reverse" : ".forward") + ".fastalign");
    if (Files.exists(saved)) {
      return FastAlignModel.load(saved);
    }
    List<String> ar = Files.readAllLines(Path.of(corpus + ".ar"));
    List<String> en = Files.readAllLines(Path.of(corpus + ".en"));
    List<SentencePair> pairs = new ArrayList<>();
    for (int k = 0; k < ar.size(); k++) {
      pairs.add(new SentencePair(words(ar.get(k)), words(en.get(k))));
    }
    FastAlignModel model =
        FastAlignTrainer.train(pairs, FastAlignOptions.DEFAULTS.withReverse(reverse)).model();
    model.save(saved);
    return model;
  }

  private static List<String> words(String text) {
    return WordTokenizer.texts(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  private AlignSeedArticle() {}
}
