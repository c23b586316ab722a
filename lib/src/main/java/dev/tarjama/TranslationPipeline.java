package dev.tarjama;

import dev.tarjama.align.Alignment;
import dev.tarjama.align.AttentionExtraction;
import dev.tarjama.align.LexicalTable;
import dev.tarjama.decode.BeamSearch;
import dev.tarjama.decode.DecodeOptions;
import dev.tarjama.decode.Hypothesis;
import dev.tarjama.decode.SpecialIds;
import dev.tarjama.model.ModelConfig;
import dev.tarjama.model.Seq2SeqModel;
import dev.tarjama.tokenize.MarianTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Text in, translation out: segmentation, clause splitting of long sentences, cleaning,
 * tokenization, batched search and assembly. Thread-safe: all state is per call.
 */
final class TranslationPipeline {
  /**
   * Tokens, end-of-sentence included, that each half of a halved piece has at least (about four
   * words of the default model). Not measured: a guard, since a piece that short which still runs
   * to the limit loops on its own, and fragments of a few words translate worse than whole.
   */
  private static final int MIN_HALF_TOKENS = 6;

  /**
   * The links the repairs go by: each English word to the Arabic word the default head attends to
   * most as it is written (the target-side argmax, with the default priors), as OpenNMT's {@code
   * -replace_unk} copies through the attention's argmax. The default alignment's agreement rule
   * leaves a made-up word unlinked more often than not (95 of the 138 in the model's dev-split
   * translations): the lexical prior knows nothing of it, so the Arabic side's posterior goes
   * elsewhere. On the dev split these links put 199 of the references' 254 numbers right where the
   * default alignment put 190 (MODEL_CARD.md, "Scores").
   */
  static final AttentionExtraction REPAIR_LINKS =
      AttentionExtraction.DEFAULTS.withRule(AttentionExtraction.Rule.TARGET_ARGMAX);

  private final MarianTokenizer tokenizer;
  private final BeamSearch search;
  private final SourceSplitter splitter;
  private final int batchSize;
  private final int retranslateFromLength;
  private final ModelAligner aligner;
  private final boolean repairNumbers;
  private final boolean repairWords;

  /**
   * @param retranslateFromLength pieces that reach the length limit are halved and translated again
   *     when the limit is at least this ({@link #retranslateCut}); {@link Integer#MAX_VALUE} never
   * @param aligner aligns a piece and its translation for the repairs
   * @param repairNumbers whether {@link NumberRepair} puts back the source's numbers
   * @param repairWords whether {@link WordRepair} replaces made-up words; true only where the
   *     aligner has a lexical table ({@link Tarjama#repairsWords})
   */
  TranslationPipeline(
      Seq2SeqModel model,
      MarianTokenizer tokenizer,
      ModelConfig config,
      SourceSplitter splitter,
      int batchSize,
      int retranslateFromLength,
      ModelAligner aligner,
      boolean repairNumbers,
      boolean repairWords) {
    this.tokenizer = tokenizer;
    this.search =
        new BeamSearch(
            model,
            new SpecialIds(config.decoderStartTokenId(), config.eosTokenId(), config.padTokenId()));
    this.splitter = splitter;
    this.batchSize = batchSize;
    this.retranslateFromLength = retranslateFromLength;
    this.aligner = aligner;
    this.repairNumbers = repairNumbers;
    this.repairWords = repairWords;
  }

  /** Translates texts together: their sentences share batches. Results in the texts' order. */
  List<Translation> translateAll(
      List<String> texts, DecodeOptions options, TranslationProgress progress) {
    List<List<SentenceWork>> perText = new ArrayList<>(texts.size());
    List<PieceWork> pieces = new ArrayList<>();
    for (String text : texts) {
      List<SentenceWork> sentences = new ArrayList<>();
      for (SourceSplitter.SentencePieces sentence : splitter.split(text)) {
        SentenceWork work = new SentenceWork(sentence, text);
        sentences.add(work);
        pieces.addAll(work.pieces);
      }
      perText.add(sentences);
    }
    Progress counter = new Progress(progress, pieces.size());
    searchAll(pieces, options, counter);
    if (options.effectiveMaxLength() >= retranslateFromLength) {
      retranslateCut(perText, options, counter);
    }
    counter.finish();
    List<Translation> translations = new ArrayList<>(texts.size());
    for (int t = 0; t < texts.size(); t++) {
      List<SentenceTranslation> translated = new ArrayList<>();
      for (SentenceWork sentence : perText.get(t)) {
        List<TranslatedPiece> done = new ArrayList<>();
        for (PieceWork piece : sentence.pieces) {
          done.add(toPiece(sentence.text, piece.piece, piece.nbest, options));
        }
        translated.add(assemble(sentence.source, done));
      }
      translations.add(new Translation(texts.get(t), join(texts.get(t), translated), translated));
    }
    return translations;
  }

  /**
   * Halves each piece whose best hypothesis reached the output length limit and translates the
   * halves, until no piece reaches it or none that does can be halved: a long sentence the model
   * never ends comes out whole instead of cut at the limit. Each round looks only at the pieces
   * the previous one searched; a piece found too short to halve is not tried again.
   */
  private void retranslateCut(
      List<List<SentenceWork>> perText, DecodeOptions options, Progress counter) {
    // Identity set: PieceWork keeps Object's equals.
    Set<PieceWork> searched = new HashSet<>();
    perText.forEach(sentences -> sentences.forEach(s -> searched.addAll(s.pieces)));
    while (true) {
      List<PieceWork> again = new ArrayList<>();
      for (List<SentenceWork> sentences : perText) {
        for (SentenceWork sentence : sentences) {
          List<PieceWork> next = new ArrayList<>(sentence.pieces.size());
          for (PieceWork piece : sentence.pieces) {
            List<SourceSplitter.Piece> halves =
                searched.contains(piece) && reachedLimit(piece.nbest, options)
                    ? splitter.halve(sentence.text, piece.piece, MIN_HALF_TOKENS)
                    : List.of(piece.piece);
            if (halves.size() == 1) {
              next.add(piece);
            } else {
              for (SourceSplitter.Piece half : halves) {
                PieceWork work = new PieceWork(half);
                next.add(work);
                again.add(work);
              }
            }
          }
          sentence.pieces = next;
        }
      }
      if (again.isEmpty()) {
        return;
      }
      counter.add(again.size());
      searchAll(again, options, counter);
      searched.clear();
      searched.addAll(again);
    }
  }

  /** Whether the best hypothesis stopped at the length limit rather than by choosing to end. */
  private static boolean reachedLimit(List<Hypothesis> nbest, DecodeOptions options) {
    // At the limit, forced_eos_token_id makes the last token eos; without it there is none. Either
    // way the hypothesis holds every position the limit allows.
    return !nbest.isEmpty()
        && nbest.get(0).tokenIds().size() >= options.effectiveMaxLength() - 1;
  }

  /** Searches pieces in batches of similar length and stores each one's n-best list. */
  private void searchAll(List<PieceWork> pieces, DecodeOptions options, Progress counter) {
    Integer[] order = new Integer[pieces.size()];
    Arrays.setAll(order, i -> i);
    // Longest first: similar lengths share a batch, so little of each batch is padding.
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> -pieces.get(i).piece.ids().length));
    for (int start = 0; start < order.length; start += batchSize) {
      int end = Math.min(order.length, start + batchSize);
      List<PieceWork> batch = new ArrayList<>();
      for (int k = start; k < end; k++) {
        if (pieces.get(order[k]).piece.ids().length > 1) {
          batch.add(pieces.get(order[k]));
        }
      }
      if (!batch.isEmpty()) {
        int[][] ids = new int[batch.size()][];
        for (int k = 0; k < ids.length; k++) {
          ids[k] = batch.get(k).piece.ids();
        }
        List<List<Hypothesis>> found = search.search(ids, options);
        for (int k = 0; k < ids.length; k++) {
          batch.get(k).nbest = found.get(k);
        }
      }
      counter.done(end - start);
    }
  }

  /** A sentence being translated: its pieces change when one is halved. */
  private static final class SentenceWork {
    final SourceSplitter.SentencePieces source;
    final String text;
    List<PieceWork> pieces = new ArrayList<>();

    SentenceWork(SourceSplitter.SentencePieces source, String text) {
      this.source = source;
      this.text = text;
      source.pieces().forEach(p -> pieces.add(new PieceWork(p)));
    }
  }

  /** A piece and, once searched, its n-best list (empty for a piece with nothing to translate). */
  private static final class PieceWork {
    final SourceSplitter.Piece piece;
    List<Hypothesis> nbest = List.of();

    PieceWork(SourceSplitter.Piece piece) {
      this.piece = piece;
    }
  }

  /**
   * Pieces done out of a total that grows when pieces are halved. "All done" is reported once, by
   * {@link #finish}: a round that ends with every piece searched may still be followed by another.
   */
  private static final class Progress {
    private final TranslationProgress listener;
    private int done;
    private int total;

    Progress(TranslationProgress listener, int total) {
      this.listener = listener;
      this.total = total;
    }

    void add(int pieces) {
      total += pieces;
    }

    void done(int pieces) {
      done += pieces;
      if (done < total) {
        listener.update(done, total);
      }
    }

    void finish() {
      listener.update(done, total);
    }
  }

  private TranslatedPiece toPiece(
      String text, SourceSplitter.Piece piece, List<Hypothesis> nbest, DecodeOptions options) {
    if (piece.copy() != null) {
      return new TranslatedPiece(
          piece.start(),
          piece.end(),
          piece.copy(),
          0.0,
          0,
          false,
          List.of(new Alternative(piece.copy(), 0.0)));
    }
    if (nbest.isEmpty()) {
      // Nothing to translate (only characters the cleaner removes): an empty translation.
      return new TranslatedPiece(piece.start(), piece.end(), "", 0.0, 0, false, List.of());
    }
    List<Alternative> alternatives = new ArrayList<>(nbest.size());
    for (Hypothesis h : nbest) {
      alternatives.add(new Alternative(tokenizer.decode(h.tokenIds()), h.score()));
    }
    Alternative best = alternatives.get(0);
    String source = text.substring(piece.start(), piece.end());
    String repaired = repair(source, best.text());
    if (!repaired.equals(best.text())) {
      best = new Alternative(repaired, best.score());
      alternatives.set(0, best);
    }
    return new TranslatedPiece(
        piece.start(),
        piece.end(),
        best.text(),
        best.score(),
        nbest.get(0).tokenIds().size(),
        reachedLimit(nbest, options),
        alternatives);
  }

  /**
   * The English with its numbers and made-up words repaired, as the builder asked; one alignment
   * serves both, and only a piece that may need either costs one.
   */
  private String repair(String source, String english) {
    LexicalTable table = repairWords ? aligner.lexicalTable() : null;
    boolean numbers = repairNumbers && NumberRepair.mayRepair(source, english);
    boolean words = repairWords && WordRepair.mayRepair(english, table);
    if (!numbers && !words) {
      return english;
    }
    Alignment alignment =
        aligner.align(source, english, List.of(aligner.defaultHead()), REPAIR_LINKS).get(0);
    List<TextEdit> edits = new ArrayList<>();
    if (numbers) {
      edits.addAll(NumberRepair.edits(alignment));
    }
    if (words) {
      // Made-up words are letters only and numbers' edits lie within digits: they never overlap.
      edits.addAll(WordRepair.edits(alignment, table));
    }
    return TextEdit.apply(english, edits);
  }

  private static SentenceTranslation assemble(
      SourceSplitter.SentencePieces sentence, List<TranslatedPiece> pieces) {
    StringBuilder text = new StringBuilder();
    double score = 0;
    for (TranslatedPiece piece : pieces) {
      if (!piece.text().isEmpty()) {
        text.append(text.length() == 0 ? "" : " ").append(piece.text());
      }
      score += piece.score();
    }
    return new SentenceTranslation(
        sentence.start(), sentence.end(), text.toString(), score / pieces.size(), pieces);
  }

  /**
   * Joins sentence translations: a space within a paragraph, and between two sentences whose source
   * gap holds line breaks, as many line breaks.
   */
  private static String join(String source, List<SentenceTranslation> sentences) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sentences.size(); i++) {
      SentenceTranslation s = sentences.get(i);
      if (i > 0) {
        int breaks = lineBreaks(source, sentences.get(i - 1).end(), s.start());
        out.append(breaks == 0 ? " " : "\n".repeat(breaks));
      }
      out.append(s.text());
    }
    return out.toString();
  }

  /** Line breaks in source[from, to); "\r\n" counts once. */
  static int lineBreaks(String source, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      char c = source.charAt(i);
      if (c == '\n'
          || (c == '\r' && (i + 1 >= to || source.charAt(i + 1) != '\n'))
          || c == '\u2029') {
        count++;
      }
    }
    return count;
  }
}
