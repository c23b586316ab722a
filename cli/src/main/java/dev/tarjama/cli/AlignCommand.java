package dev.tarjama.cli;

import dev.tarjama.Tarjama;
import dev.tarjama.align.Alignment;
import dev.tarjama.align.AttentionExtraction;
import dev.tarjama.align.AttentionHead;
import dev.tarjama.align.FastAlignOptions;
import dev.tarjama.align.FastAlignTrainer;
import dev.tarjama.align.SentencePair;
import dev.tarjama.align.Symmetrization;
import dev.tarjama.align.WordAlignment;
import dev.tarjama.align.WordTokenizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tarjama align}: word alignments of Arabic–English pairs, one Pharaoh line per pair. */
@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    description = {
      "Aligns the words of Arabic-English sentence pairs.",
      "Pairs come from two line-aligned files (ARABIC ENGLISH) or one file of 'arabic TAB english'"
          + " lines (--tsv). Prints one Pharaoh line ('0-0 1-2 ...', Arabic word - English word,"
          + " words split at spaces and punctuation) per pair, or one JSON object per line."
    })
final class AlignCommand implements Callable<Integer> {
  enum Method {
    ATTENTION,
    FAST_ALIGN;

    static Method parse(String value) {
      return switch (value) {
        case "attention" -> ATTENTION;
        case "fast-align" -> FAST_ALIGN;
        default ->
            throw new IllegalArgumentException(
                "--method must be attention or fast-align, got " + value);
      };
    }
  }

  @Mixin ModelOption modelOption = new ModelOption();

  @Parameters(arity = "0..2", paramLabel = "FILE", description = "ARABIC and ENGLISH files.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--tsv", paramLabel = "FILE", description = "One 'arabic TAB english' per line.")
  Path tsv;

  @Option(
      names = "--method",
      paramLabel = "M",
      description =
          "attention (default): forced decoding through the model, its default cross-attention"
              + " head, weighed with the model's lexical table if it has one; fast-align:"
              + " fast_align (-d -o -v) trained forward and reverse on the input pairs themselves,"
              + " symmetrised with grow-diag-final-and (no model needed).")
  String method = "attention";

  @Option(
      names = "--corpus",
      paramLabel = "PREFIX",
      description =
          "fast-align: also train on PREFIX.ar/PREFIX.en (line-aligned), e.g. the model's training"
              + " corpus; without it fast_align learns from the input pairs alone.")
  Path corpus;

  @Option(names = "--layer", paramLabel = "L", description = "Attention: decoder layer (0-based).")
  Integer layer;

  @Option(
      names = "--head",
      paramLabel = "H",
      description =
          "Attention: head; -1 = mean of heads. Without --layer and --head: the model's default"
              + " head; with --layer alone: the mean of that layer's heads.")
  Integer head;

  @Option(
      names = "--links",
      paramLabel = "RULE",
      description =
          "Attention: which word pairs are linked: target-argmax, source-argmax, intersect,"
              + " grow-diag, grow-diag-final-and, union, agreement (default: the library's,"
              + " agreement).")
  String links;

  @Option(
      names = "--pooling",
      paramLabel = "P",
      description = "Attention: merging a source word's pieces: sum, mean, max.")
  String pooling;

  @Option(
      names = "--eos-null",
      negatable = true,
      description = "Attention: attention to the end-of-sentence token counts as NULL.")
  Boolean eosNull;

  @Option(
      names = "--diagonal-prior",
      negatable = true,
      description = "Attention: weigh the attention with fast_align's diagonal prior.")
  Boolean diagonalPrior;

  @Option(
      names = "--punctuation-apart",
      negatable = true,
      description = "Attention: link punctuation only to punctuation, words only to words.")
  Boolean punctuationApart;

  @Option(
      names = "--lexical-prior",
      negatable = true,
      description =
          "Attention: weigh the attention with the word translation probabilities of the model's"
              + " lexical_table.tsv.gz (on by default where the model has one).")
  Boolean lexicalPrior;

  @Option(
      names = "--article-next-word",
      negatable = true,
      description =
          "Attention: English \"the\" takes the scores of the word after it (on by default).")
  Boolean articleTakesNextWord;

  @Option(
      names = "--shifted",
      description = "Attention: read the position after the one that predicts the word.")
  boolean shifted;

  @Option(names = "--json", description = "One JSON object per pair: words, offsets, links.")
  boolean json;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    List<String[]> pairs;
    List<SentencePair> training;
    Method chosen;
    AttentionExtraction extraction;
    try {
      chosen = Method.parse(method);
      extraction = extraction();
      pairs = readPairs();
      training = chosen == Method.FAST_ALIGN ? corpusPairs() : new ArrayList<>();
    } catch (IllegalArgumentException e) {
      err.println("tarjama align: " + e.getMessage());
      err.flush();
      return 2;
    }
    List<Alignment> alignments =
        chosen == Method.ATTENTION ? attention(pairs, extraction) : fastAlign(training, pairs);
    PrintWriter out = spec.commandLine().getOut();
    for (Alignment alignment : alignments) {
      out.println(
          json
              ? AlignmentJson.COMPACT.toJson(AlignmentJson.toJson(alignment, 0))
              : alignment.pharaoh());
    }
    out.flush();
    return 0;
  }

  private List<String[]> readPairs() throws IOException {
    List<String[]> pairs = new ArrayList<>();
    if (tsv != null) {
      if (!files.isEmpty()) {
        throw new IllegalArgumentException("give either --tsv FILE or ARABIC ENGLISH, not both");
      }
      List<String> lines = TextLines.read(tsv);
      for (int k = 0; k < lines.size(); k++) {
        String[] cells = lines.get(k).split("\t", -1);
        if (cells.length != 2) {
          throw new IllegalArgumentException(
              tsv + " line " + (k + 1) + " has " + cells.length + " tab-separated fields, not 2");
        }
        pairs.add(cells);
      }
      return pairs;
    }
    if (files.size() != 2) {
      throw new IllegalArgumentException("give ARABIC ENGLISH files or --tsv FILE");
    }
    return readTwoFiles(files.get(0), files.get(1));
  }

  private static List<String[]> readTwoFiles(Path arabicFile, Path englishFile) throws IOException {
    List<String> arabic = TextLines.read(arabicFile);
    List<String> english = TextLines.read(englishFile);
    if (arabic.size() != english.size()) {
      throw new IllegalArgumentException(
          "the files have different line counts: "
              + arabicFile
              + " has "
              + arabic.size()
              + " lines, "
              + englishFile
              + " has "
              + english.size());
    }
    List<String[]> pairs = new ArrayList<>();
    for (int k = 0; k < arabic.size(); k++) {
      pairs.add(new String[] {arabic.get(k), english.get(k)});
    }
    return pairs;
  }

  /** The library's default extraction, changed by the options given. */
  private AttentionExtraction extraction() {
    AttentionExtraction result = AttentionExtraction.DEFAULTS;
    if (links != null) {
      result = result.withRule(constant(AttentionExtraction.Rule.class, "--links", links));
    }
    if (pooling != null) {
      result =
          result.withPooling(constant(AttentionExtraction.Pooling.class, "--pooling", pooling));
    }
    if (eosNull != null) {
      result = result.withEosIsNull(eosNull);
    }
    if (diagonalPrior != null) {
      result = result.withDiagonalPrior(diagonalPrior);
    }
    if (punctuationApart != null) {
      result = result.withPunctuationApart(punctuationApart);
    }
    if (lexicalPrior != null) {
      result = result.withLexicalPrior(lexicalPrior);
    }
    if (articleTakesNextWord != null) {
      result = result.withArticleTakesNextWord(articleTakesNextWord);
    }
    return result;
  }

  /** An enum constant from its lower-case, hyphenated name, e.g. grow-diag-final-and. */
  private static <E extends Enum<E>> E constant(Class<E> type, String option, String value) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String name = constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      if (name.equals(value)) {
        return constant;
      }
      names.add(name);
    }
    throw new IllegalArgumentException(option + " must be one of " + names + ", got " + value);
  }

  private List<Alignment> attention(List<String[]> pairs, AttentionExtraction extraction) {
    List<Alignment> result = new ArrayList<>();
    try (Tarjama mt = modelOption.builder().build()) {
      AttentionHead defaults = mt.defaultAttentionHead();
      AttentionHead chosen =
          new AttentionHead(
              layer == null ? defaults.layer() : layer,
              head != null ? head : layer == null ? defaults.head() : -1,
              shifted || (layer == null && head == null && defaults.shifted()));
      for (String[] pair : pairs) {
        result.add(mt.align(pair[0], pair[1], List.of(chosen), extraction).get(0));
      }
    }
    return result;
  }

  private List<SentencePair> corpusPairs() throws IOException {
    List<SentencePair> result = new ArrayList<>();
    if (corpus == null) {
      return result;
    }
    Path arabic = Path.of(corpus + ".ar");
    Path english = Path.of(corpus + ".en");
    List<String[]> lines = readTwoFiles(arabic, english);
    for (String[] pair : lines) {
      result.add(new SentencePair(lower(pair[0]), lower(pair[1])));
    }
    return result;
  }

  private static List<Alignment> fastAlign(List<SentencePair> corpus, List<String[]> pairs) {
    if (pairs.isEmpty()) {
      return List.of();
    }
    int offset = corpus.size();
    for (String[] pair : pairs) {
      corpus.add(new SentencePair(lower(pair[0]), lower(pair[1])));
    }
    List<WordAlignment> forward =
        FastAlignTrainer.train(corpus, FastAlignOptions.DEFAULTS).alignments();
    List<WordAlignment> reverse =
        FastAlignTrainer.train(corpus, FastAlignOptions.DEFAULTS.withReverse(true)).alignments();
    List<Alignment> result = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      WordAlignment links =
          Symmetrization.GROW_DIAG_FINAL_AND.apply(
              forward.get(offset + k), reverse.get(offset + k));
      result.add(Alignment.of(pairs.get(k)[0], pairs.get(k)[1], links));
    }
    return result;
  }

  private static List<String> lower(String text) {
    return WordTokenizer.texts(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }
}
