package dev.tarjama.examples;

import dev.tarjama.Tarjama;
import dev.tarjama.align.Alignment;
import dev.tarjama.align.AttentionExtraction;
import dev.tarjama.align.AttentionHead;
import dev.tarjama.align.FastAlignModel;
import dev.tarjama.align.FastAlignOptions;
import dev.tarjama.align.FastAlignTrainer;
import dev.tarjama.align.FastAlignTraining;
import dev.tarjama.align.LexicalTable;
import dev.tarjama.align.SentencePair;
import dev.tarjama.align.Symmetrization;
import dev.tarjama.align.WordAlignment;
import dev.tarjama.align.WordLink;
import dev.tarjama.align.WordTokenizer;
import dev.tarjama.eval.AlignmentErrorRate;
import dev.tarjama.eval.AlignmentScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores word aligners against the hand-aligned gold set in one run: the model's cross-attention
 * (every decoder layer and all layers together, heads averaged, and every head of the last layer,
 * each read at the predicting position and shifted by one, all with the default extraction), the
 * extraction variants ({@link AttentionExtraction}: pooling, rule, end-of-sentence as NULL) on the
 * default head, head 0 of the last layer and the last layer's mean, a diagonal baseline, and
 * fast_align forward, reverse and grow-diag-final-and trained on a corpus plus the gold sentences
 * (fast_align is unsupervised), grow-diag-final-and trained on the corpus alone with the gold pairs
 * aligned as unseen pairs (as the lexical table's models are used), and the default with a lexical
 * table made from the corpus plus the gold sentences (the fast_align rows' training data).
 *
 * <p>Usage: {@code AlignBenchmark MODEL_DIR GOLD_DIR [CORPUS_PREFIX...]}, each prefix naming a
 * {@code PREFIX.ar}/{@code PREFIX.en} pair of line-aligned files; without a prefix the fast_align
 * rows are left out. Prints a header line, a Markdown table (AER, precision and recall,
 * micro-averaged over the gold pairs, {@link AlignmentErrorRate}; "(default)" marks what {@code
 * Tarjama.align(arabic, english)} does) and a line of timings.
 */
public final class AlignBenchmark {
  private AlignBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path model = Path.of(args[0]);
    Path gold = Path.of(args[1]);
    List<String> ar = lines(gold.resolve("gold.ar"));
    List<String> en = lines(gold.resolve("gold.en"));
    List<String> links = lines(gold.resolve("gold.links"));
    Map<String, List<WordAlignment>> results = new LinkedHashMap<>();
    long start = System.nanoTime();
    try (Tarjama mt = Tarjama.builder(model).build()) {
      AttentionHead chosen = mt.defaultAttentionHead();
      System.out.printf(
          "# AlignBenchmark %s: model %s (default head: %s; default extraction: %s),"
              + " gold %s (%d pairs)%n",
          Instant.now().truncatedTo(ChronoUnit.SECONDS),
          model,
          chosen,
          AttentionExtraction.DEFAULTS,
          gold,
          ar.size());
      for (AttentionExtraction extraction : List.of(AttentionExtraction.DEFAULTS, PLAIN)) {
        score(mt, ar, en, heads(mt), extraction, results);
      }
      AttentionHead lastMean = lastLayerMean(mt);
      List<AttentionHead> compared =
          Stream.of(chosen, new AttentionHead(lastMean.layer(), 0, false), lastMean)
              .distinct()
              .toList();
      for (AttentionExtraction extraction : EXTRACTIONS) {
        score(mt, ar, en, compared, extraction, results);
      }
    }
    String attentionTime =
        String.format(Locale.ROOT, "attention %.1f s wall", (System.nanoTime() - start) / 1e9);
    start = System.nanoTime();
    List<SentencePair> corpus = new ArrayList<>();
    for (int a = 2; a < args.length; a++) {
      List<String> sourceLines = lines(Path.of(args[a] + ".ar"));
      List<String> targetLines = lines(Path.of(args[a] + ".en"));
      for (int k = 0; k < sourceLines.size(); k++) {
        corpus.add(pair(sourceLines.get(k), targetLines.get(k)));
      }
    }
    int goldStart = corpus.size();
    for (int k = 0; k < ar.size(); k++) {
      corpus.add(pair(ar.get(k), en.get(k)));
    }
    List<WordAlignment> diagonal = new ArrayList<>();
    for (int k = 0; k < ar.size(); k++) {
      diagonal.add(diagonal(corpus.get(goldStart + k)));
    }
    results.put("baseline: diagonal (target word j -> source word j*I/J)", diagonal);
    if (args.length > 2) {
      FastAlignTraining forwardTraining = FastAlignTrainer.train(corpus, FastAlignOptions.DEFAULTS);
      FastAlignTraining reverseTraining =
          FastAlignTrainer.train(corpus, FastAlignOptions.DEFAULTS.withReverse(true));
      List<WordAlignment> forward = goldPart(forwardTraining, goldStart);
      List<WordAlignment> reverse = goldPart(reverseTraining, goldStart);
      List<WordAlignment> gdfa = new ArrayList<>();
      for (int k = 0; k < forward.size(); k++) {
        gdfa.add(Symmetrization.GROW_DIAG_FINAL_AND.apply(forward.get(k), reverse.get(k)));
      }
      results.put("fast_align forward (-d -o -v)", forward);
      results.put("fast_align reverse (-d -o -v -r)", reverse);
      results.put("fast_align grow-diag-final-and", gdfa);
      // as the lexical table is used: trained on the corpus alone, the gold pairs aligned unseen
      List<SentencePair> corpusOnly = corpus.subList(0, goldStart);
      FastAlignModel forwardModel =
          FastAlignTrainer.train(corpusOnly, FastAlignOptions.DEFAULTS).model();
      FastAlignModel reverseModel =
          FastAlignTrainer.train(corpusOnly, FastAlignOptions.DEFAULTS.withReverse(true)).model();
      List<WordAlignment> unseen = new ArrayList<>();
      for (SentencePair pair : corpus.subList(goldStart, corpus.size())) {
        unseen.add(
            Symmetrization.GROW_DIAG_FINAL_AND.apply(
                forwardModel.align(pair.sourceWords(), pair.targetWords()),
                reverseModel.align(pair.sourceWords(), pair.targetWords())));
      }
      results.put(
          "fast_align grow-diag-final-and trained on the corpus alone, gold pairs unseen", unseen);
      // the default with its lexical table made as the fast_align rows above are trained: on the
      // corpus plus the gold sentences (unsupervised: the gold links are not used)
      Path table = Files.createTempFile("alignbenchmark-", ".tsv.gz");
      try {
        LexicalTable.of(
                forwardTraining.model(), reverseTraining.model(), MakeLexicalTable.DEFAULT_MINIMUM)
            .write(table);
        try (Tarjama mt = Tarjama.builder(model).lexicalTable(table).build()) {
          List<WordAlignment> transductive = new ArrayList<>();
          for (int k = 0; k < ar.size(); k++) {
            transductive.add(mt.align(ar.get(k), en.get(k)).wordAlignment());
          }
          results.put(
              "the default with a lexical table trained as the fast_align rows (corpus + gold"
                  + " sentences)",
              transductive);
        }
      } finally {
        Files.delete(table);
      }
    }
    String fastAlignTime =
        String.format(
            Locale.ROOT,
            "fast_align on %d pairs %.1f s wall",
            corpus.size(),
            (System.nanoTime() - start) / 1e9);
    System.out.printf("| method | AER | precision | recall |%n|---|---|---|---|%n");
    String halves = "";
    for (Map.Entry<String, List<WordAlignment>> entry : results.entrySet()) {
      AlignmentScore[] parts = {new AlignmentScore(0, 0, 0, 0), new AlignmentScore(0, 0, 0, 0)};
      for (int k = 0; k < links.size(); k++) {
        parts[k % 2] = parts[k % 2].plus(score(links.get(k), entry.getValue().get(k)));
      }
      AlignmentScore total = parts[0].plus(parts[1]);
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f | %.1f | %.1f |%n",
          entry.getKey(),
          100 * total.errorRate(),
          100 * total.precision(),
          100 * total.recall());
      if (entry.getKey().endsWith("(default)")) {
        halves =
            String.format(
                Locale.ROOT,
                "%n# default: AER %.1f on the odd-numbered gold pairs (1, 3, ...: where"
                    + " AttentionExtraction.LEXICAL_FLOOR, AGREEMENT_THRESHOLD and"
                    + " articleTakesNextWord were chosen), %.1f on the even-numbered ones",
                100 * parts[0].errorRate(),
                100 * parts[1].errorRate());
      }
    }
    System.out.print(halves);
    var os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(
        Locale.ROOT,
        "%n# %s; %s; process CPU %.1f s; load average %.2f%n",
        attentionTime,
        fastAlignTime,
        os.getProcessCpuTime() / 1e9,
        os.getSystemLoadAverage());
  }

  /**
   * Aligns every gold pair with the heads not scored yet with this extraction (one forced decoding
   * per pair) and adds one row per head.
   */
  private static void score(
      Tarjama mt,
      List<String> ar,
      List<String> en,
      List<AttentionHead> heads,
      AttentionExtraction extraction,
      Map<String, List<WordAlignment>> results) {
    AttentionHead chosen = mt.defaultAttentionHead();
    Map<AttentionHead, String> names = new LinkedHashMap<>();
    for (AttentionHead head : heads) {
      String name =
          "attention "
              + head
              + "; "
              + extraction
              + (head.equals(chosen) && extraction.equals(AttentionExtraction.DEFAULTS)
                  ? " (default)"
                  : "");
      if (!results.containsKey(name)) {
        names.put(head, name);
      }
    }
    List<AttentionHead> todo = List.copyOf(names.keySet());
    for (int k = 0; k < ar.size() && !todo.isEmpty(); k++) {
      List<Alignment> aligned = mt.align(ar.get(k), en.get(k), todo, extraction);
      for (int h = 0; h < todo.size(); h++) {
        results
            .computeIfAbsent(names.get(todo.get(h)), x -> new ArrayList<>())
            .add(aligned.get(h).wordAlignment());
      }
    }
  }

  /** Each target word to its most attended source word, pieces summed, nothing else. */
  private static final AttentionExtraction PLAIN =
      new AttentionExtraction(
          AttentionExtraction.Pooling.SUM,
          AttentionExtraction.Rule.TARGET_ARGMAX,
          false,
          false,
          false,
          false,
          false);

  /** The extraction variants scored on the default head and on the last layer's mean. */
  private static final List<AttentionExtraction> EXTRACTIONS = extractions();

  /**
   * The plain extraction (each target word to its most attended source word, pieces summed), each
   * single change from it, then the combinations of the changes that helped.
   */
  private static List<AttentionExtraction> extractions() {
    AttentionExtraction base = PLAIN;
    List<AttentionExtraction> all = new ArrayList<>();
    all.add(base);
    all.add(base.withPooling(AttentionExtraction.Pooling.MEAN));
    all.add(base.withPooling(AttentionExtraction.Pooling.MAX));
    for (AttentionExtraction.Rule rule : AttentionExtraction.Rule.values()) {
      if (rule != base.rule()) {
        all.add(base.withRule(rule));
      }
    }
    all.add(base.withEosIsNull(true));
    all.add(base.withDiagonalPrior(true));
    all.add(base.withPunctuationApart(true));
    all.add(base.withLexicalPrior(true));
    all.add(base.withArticleTakesNextWord(true));
    AttentionExtraction defaults = AttentionExtraction.DEFAULTS;
    all.add(defaults.withLexicalPrior(false));
    all.add(defaults.withArticleTakesNextWord(false));
    all.add(defaults.withRule(AttentionExtraction.Rule.GROW_DIAG_FINAL_AND));
    // the default of sessions 5 and 6
    all.add(
        defaults
            .withRule(AttentionExtraction.Rule.GROW_DIAG_FINAL_AND)
            .withArticleTakesNextWord(false));
    all.add(defaults.withLexicalPrior(false).withArticleTakesNextWord(false));
    AttentionExtraction both = base.withDiagonalPrior(true).withPunctuationApart(true);
    all.add(both);
    for (AttentionExtraction.Rule rule : AttentionExtraction.Rule.values()) {
      if (rule != base.rule()) {
        all.add(base.withRule(rule).withDiagonalPrior(true));
        all.add(both.withRule(rule));
      }
    }
    AttentionExtraction gdfa = both.withRule(AttentionExtraction.Rule.GROW_DIAG_FINAL_AND);
    all.add(gdfa.withPooling(AttentionExtraction.Pooling.MEAN));
    all.add(gdfa.withPooling(AttentionExtraction.Pooling.MAX));
    all.add(gdfa.withEosIsNull(true));
    return List.copyOf(all);
  }

  private static AttentionHead lastLayerMean(Tarjama mt) {
    List<AttentionHead> all = mt.attentionHeads();
    return new AttentionHead(all.get(all.size() - 1).layer(), -1, false);
  }

  private static List<AttentionHead> heads(Tarjama mt) {
    List<AttentionHead> all = mt.attentionHeads();
    int last = all.get(all.size() - 1).layer();
    List<AttentionHead> heads = new ArrayList<>();
    for (boolean shifted : new boolean[] {false, true}) {
      for (int layer = -1; layer <= last; layer++) {
        heads.add(new AttentionHead(layer, -1, shifted));
      }
      for (AttentionHead head : all) {
        if (head.layer() == last) {
          heads.add(new AttentionHead(last, head.head(), shifted));
        }
      }
    }
    return heads;
  }

  /** Each target word linked to the source word at the same relative position. */
  private static WordAlignment diagonal(SentencePair pair) {
    int sources = pair.sourceWords().size();
    int targets = pair.targetWords().size();
    List<WordLink> links = new ArrayList<>();
    for (int j = 0; j < targets && sources > 0; j++) {
      links.add(new WordLink(Math.min(sources - 1, (int) ((j + 0.5) * sources / targets)), j));
    }
    return new WordAlignment(links);
  }

  private static List<WordAlignment> goldPart(FastAlignTraining training, int goldStart) {
    List<WordAlignment> all = training.alignments();
    return all.subList(goldStart, all.size());
  }

  private static SentencePair pair(String source, String target) {
    return new SentencePair(words(source), words(target));
  }

  private static List<String> words(String text) {
    return WordTokenizer.texts(text).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  private static AlignmentScore score(String gold, WordAlignment predicted) {
    List<AlignmentErrorRate.Link> sure = new ArrayList<>();
    List<AlignmentErrorRate.Link> possible = new ArrayList<>();
    for (String link : gold.isBlank() ? new String[0] : gold.trim().split(" ")) {
      boolean isSure = link.contains("-");
      String[] parts = link.split(isSure ? "-" : "\\?");
      var l = new AlignmentErrorRate.Link(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
      (isSure ? sure : possible).add(l);
    }
    List<AlignmentErrorRate.Link> predictedLinks = new ArrayList<>();
    for (WordLink link : predicted.links()) {
      predictedLinks.add(new AlignmentErrorRate.Link(link.sourceWord(), link.targetWord()));
    }
    return AlignmentErrorRate.score(sure, possible, predictedLinks);
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
