package dev.tarjama;

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
import java.util.List;

/**
 * Text in, translation out: segmentation, clause splitting of long sentences, cleaning,
 * tokenization, batched search and assembly. Thread-safe: all state is per call.
 */
final class TranslationPipeline {
  private final MarianTokenizer tokenizer;
  private final BeamSearch search;
  private final SourceSplitter splitter;
  private final int batchSize;

  TranslationPipeline(
      Seq2SeqModel model,
      MarianTokenizer tokenizer,
      ModelConfig config,
      int maxSourceTokens,
      int batchSize,
      boolean copyNonArabic) {
    this.tokenizer = tokenizer;
    this.search =
        new BeamSearch(
            model,
            new SpecialIds(config.decoderStartTokenId(), config.eosTokenId(), config.padTokenId()));
    this.splitter = new SourceSplitter(tokenizer, maxSourceTokens, copyNonArabic);
    this.batchSize = batchSize;
  }

  /** Translates texts together: their sentences share batches. Results in the texts' order. */
  List<Translation> translateAll(
      List<String> texts, DecodeOptions options, TranslationProgress progress) {
    List<List<SourceSplitter.SentencePieces>> perText = new ArrayList<>(texts.size());
    List<SourceSplitter.Piece> pieces = new ArrayList<>();
    for (String text : texts) {
      List<SourceSplitter.SentencePieces> sentences = splitter.split(text);
      perText.add(sentences);
      sentences.forEach(s -> pieces.addAll(s.pieces()));
    }
    List<List<Hypothesis>> results = searchAll(pieces, options, progress);
    List<Translation> translations = new ArrayList<>(texts.size());
    int next = 0;
    for (int t = 0; t < texts.size(); t++) {
      List<SentenceTranslation> translated = new ArrayList<>();
      for (SourceSplitter.SentencePieces sentence : perText.get(t)) {
        List<TranslatedPiece> done = new ArrayList<>();
        for (SourceSplitter.Piece piece : sentence.pieces()) {
          done.add(toPiece(piece, results.get(next++)));
        }
        translated.add(assemble(sentence, done));
      }
      translations.add(new Translation(texts.get(t), join(texts.get(t), translated), translated));
    }
    return translations;
  }

  /** Searches all pieces in batches of similar length; results in the pieces' order. */
  private List<List<Hypothesis>> searchAll(
      List<SourceSplitter.Piece> pieces, DecodeOptions options, TranslationProgress progress) {
    Integer[] order = new Integer[pieces.size()];
    Arrays.setAll(order, i -> i);
    // Longest first: similar lengths share a batch, so little of each batch is padding.
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> -pieces.get(i).ids().length));
    List<List<Hypothesis>> results = new ArrayList<>(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      results.add(List.of());
    }
    int done = 0;
    for (int start = 0; start < order.length; start += batchSize) {
      int end = Math.min(order.length, start + batchSize);
      List<Integer> batch = new ArrayList<>();
      for (int k = start; k < end; k++) {
        if (pieces.get(order[k]).ids().length > 1) {
          batch.add(order[k]);
        }
      }
      if (!batch.isEmpty()) {
        int[][] ids = new int[batch.size()][];
        for (int k = 0; k < ids.length; k++) {
          ids[k] = pieces.get(batch.get(k)).ids();
        }
        List<List<Hypothesis>> found = search.search(ids, options);
        for (int k = 0; k < ids.length; k++) {
          results.set(batch.get(k), found.get(k));
        }
      }
      done += end - start;
      progress.update(done, order.length);
    }
    return results;
  }

  private TranslatedPiece toPiece(SourceSplitter.Piece piece, List<Hypothesis> nbest) {
    if (piece.copy() != null) {
      return new TranslatedPiece(
          piece.start(),
          piece.end(),
          piece.copy(),
          0.0,
          0,
          List.of(new Alternative(piece.copy(), 0.0)));
    }
    if (nbest.isEmpty()) {
      // Nothing to translate (only characters the cleaner removes): an empty translation.
      return new TranslatedPiece(piece.start(), piece.end(), "", 0.0, 0, List.of());
    }
    List<Alternative> alternatives = new ArrayList<>(nbest.size());
    for (Hypothesis h : nbest) {
      alternatives.add(new Alternative(tokenizer.decode(h.tokenIds()), h.score()));
    }
    Alternative best = alternatives.get(0);
    return new TranslatedPiece(
        piece.start(),
        piece.end(),
        best.text(),
        best.score(),
        nbest.get(0).tokenIds().size(),
        alternatives);
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
