package dev.tarjama.align;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link AttentionAligner} turns one cross-attention matrix over sub-word pieces into word
 * links. Chosen with the AlignBenchmark on the gold set; see docs/notes/NOTES-align.md for every
 * variant measured.
 *
 * @param pooling how the attention one target piece pays to the pieces of one source word becomes
 *     one number; a target word's row is then the mean of its pieces' rows
 * @param rule which (source word, target word) pairs become links
 * @param eosIsNull true: the source end-of-sentence column acts as NULL, so a target word that
 *     attends more to it than to any source word gets no link from the target side, and a source
 *     word that gets more attention from the row that predicts the target end-of-sentence than from
 *     any target word gets none from the source side; false (off): that column and row are ignored.
 *     {@link Rule#AGREEMENT} has a NULL of its own and ignores it
 * @param diagonalPrior true: before the argmaxes, each target word's row is multiplied by
 *     fast_align's diagonal prior {@code exp(-λ·|(i+1)/I - (j+1)/J|)} with λ = {@link
 *     #DIAGONAL_TENSION} and renormalised (a posterior with the attention as likelihood); link
 *     weights stay the attention shares; false (off): attention alone
 * @param punctuationApart true: a punctuation word (all its chars in Unicode P* or S*) links only
 *     to a punctuation word, and any other word only to a non-punctuation word; a mark without a
 *     mark on the other side stays unlinked. Useful where the model learnt to attach marks to words
 *     (guided-alignment training on whitespace tokens, where "drink?" is one token); false (off):
 *     no constraint
 * @param lexicalPrior true: where a {@link LexicalTable} is given (the model directory's {@code
 *     lexical_table.tsv.gz}), each word pair's score is first multiplied by {@code t(english |
 *     arabic) + t(arabic | english) +} {@link #LEXICAL_FLOOR}, fast_align's word translation
 *     probabilities both ways, so that a pair the corpus often aligns wins over a neighbour the
 *     attention prefers, and a word the table lacks keeps the attention's choice; link weights stay
 *     the attention shares. Without a table it has no effect; false (off): attention alone
 * @param articleTakesNextWord true: an English definite article ({@link #ARTICLES}) takes the
 *     scores of the word after it, after the priors, unless that word is punctuation or the article
 *     is the last word: Arabic writes definiteness on the noun (the prefix ال, or a construct's
 *     genitive), so "the" translates part of the word its noun translates, while the decoder's
 *     attention at the position that predicts "the", before the noun is chosen, points at no word
 *     in particular ("the" had the most wrong and the most missed links on the gold set). Link
 *     weights stay the article's own attention; false (off): every word its own scores
 */
public record AttentionExtraction(
    Pooling pooling,
    Rule rule,
    boolean eosIsNull,
    boolean diagonalPrior,
    boolean punctuationApart,
    boolean lexicalPrior,
    boolean articleTakesNextWord) {

  /**
   * λ of {@link #diagonalPrior}: fast_align's default starting tension ({@code -T 4}, Dyer,
   * Chahuneau and Smith 2013), not tuned on the gold set.
   */
  public static final double DIAGONAL_TENSION = 4.0;

  /**
   * The constant added to the two translation probabilities of {@link #lexicalPrior}: pairs absent
   * from the table keep 0.01 of weight instead of none. Chosen from {0, 1e-4, 1e-3, 1e-2, 1e-1},
   * each plain and square-rooted, on the odd-numbered pairs of the gold set (AER 15.0, tied with
   * 1e-3; the even-numbered pairs give 15.4; docs/notes/NOTES-align.md).
   */
  public static final double LEXICAL_FLOOR = 0.01;

  /**
   * The least geometric mean of the two posteriors for which {@link Rule#AGREEMENT} links a pair.
   * Chosen from {0.35, 0.4, 0.45, 0.5, 0.55} on the odd-numbered pairs of the gold set with the
   * rest of {@link #DEFAULTS} (AER 12.4; the even-numbered pairs give 13.1;
   * docs/notes/NOTES-align.md).
   */
  public static final double AGREEMENT_THRESHOLD = 0.4;

  /** The target words {@link #articleTakesNextWord} moves, compared lower-cased. */
  public static final Set<String> ARTICLES = Set.of("the");

  /**
   * Source pieces summed, fast_align's diagonal prior, punctuation apart, end-of-sentence ignored
   * (the best combination on the gold set at every checkpoint of the guided-alignment model
   * measured, each part helping on its own), the lexical prior where the model has a table (AER
   * 25.3 → 15.2 on the session-4 default model), "the" scored as the word after it, and the pairs
   * whose two posteriors agree linked (with the lexical prior: 15.5 → 12.8 on the session-6 model,
   * where grow-diag-final-and of the two argmaxes gave 15.5 and 14.2 with "the" moved; 15.6 → 13.0
   * on the session-7 model; docs/notes/NOTES-align.md).
   */
  public static final AttentionExtraction DEFAULTS =
      new AttentionExtraction(Pooling.SUM, Rule.AGREEMENT, false, true, true, true, true);

  /** Merging the attention of a source word's pieces. */
  public enum Pooling {
    /** Total attention on the word's pieces: the probability of the word. */
    SUM,
    /** Mean over the word's pieces: does not favour words cut into many pieces. */
    MEAN,
    /** The most attended piece of the word. */
    MAX
  }

  /**
   * Which word pairs are linked. "Target side": each target word is linked to its argmax source
   * word (one link per target word, like fast_align forward). "Source side": each source word is
   * linked to the target word that attends to it most (like fast_align {@code -r}). The other rules
   * combine the two sides of the one matrix with {@link Symmetrization} (the bidirectional
   * extraction of Garg et al. 2019, and SimAlign's "ArgMax" for {@link #INTERSECT}); {@link
   * #AGREEMENT} thresholds posteriors instead of taking argmaxes.
   */
  public enum Rule {
    /** Target side only. */
    TARGET_ARGMAX(null),
    /** Source side only. */
    SOURCE_ARGMAX(null),
    /** Links of both sides. */
    INTERSECT(Symmetrization.INTERSECT),
    /** The intersection grown along the diagonals by union links. */
    GROW_DIAG(Symmetrization.GROW_DIAG),
    /** {@link #GROW_DIAG}, then links of either side whose two words are still unaligned. */
    GROW_DIAG_FINAL_AND(Symmetrization.GROW_DIAG_FINAL_AND),
    /** Links of either side. */
    UNION(Symmetrization.UNION),
    /**
     * Each pair whose posteriors agree: {@code sqrt(P(i | j) · P(j | i)) >=} {@link
     * #AGREEMENT_THRESHOLD}, where {@code P(i | j)} is target word {@code j}'s scores normalised
     * over the source words and {@code P(j | i)} is those posteriors normalised over the target
     * words. Any number of links per word, and none for a word whose mass is spread: the posterior
     * thresholding of alignment by agreement (Liang, Taskar and Klein 2006) and of awesome-align's
     * two softmaxes (Dou and Neubig 2021), on the one matrix.
     */
    AGREEMENT(null);

    private final Symmetrization symmetrization;

    Rule(Symmetrization symmetrization) {
      this.symmetrization = symmetrization;
    }

    WordAlignment links(WordAttention words, boolean eosIsNull) {
      return switch (this) {
        case TARGET_ARGMAX -> words.targetSide(eosIsNull);
        case SOURCE_ARGMAX -> words.sourceSide(eosIsNull);
        case AGREEMENT -> words.agreement(AGREEMENT_THRESHOLD);
        default -> symmetrization.apply(words.targetSide(eosIsNull), words.sourceSide(eosIsNull));
      };
    }
  }

  public AttentionExtraction {
    Objects.requireNonNull(pooling, "pooling");
    Objects.requireNonNull(rule, "rule");
  }

  /** A copy with another pooling. */
  public AttentionExtraction withPooling(Pooling value) {
    return new AttentionExtraction(
        value,
        rule,
        eosIsNull,
        diagonalPrior,
        punctuationApart,
        lexicalPrior,
        articleTakesNextWord);
  }

  /** A copy with another rule. */
  public AttentionExtraction withRule(Rule value) {
    return new AttentionExtraction(
        pooling,
        value,
        eosIsNull,
        diagonalPrior,
        punctuationApart,
        lexicalPrior,
        articleTakesNextWord);
  }

  /** A copy with end-of-sentence as NULL on or off. */
  public AttentionExtraction withEosIsNull(boolean value) {
    return new AttentionExtraction(
        pooling, rule, value, diagonalPrior, punctuationApart, lexicalPrior, articleTakesNextWord);
  }

  /** A copy with the diagonal prior on or off. */
  public AttentionExtraction withDiagonalPrior(boolean value) {
    return new AttentionExtraction(
        pooling, rule, eosIsNull, value, punctuationApart, lexicalPrior, articleTakesNextWord);
  }

  /** A copy with punctuation kept apart or not. */
  public AttentionExtraction withPunctuationApart(boolean value) {
    return new AttentionExtraction(
        pooling, rule, eosIsNull, diagonalPrior, value, lexicalPrior, articleTakesNextWord);
  }

  /** A copy with the lexical prior on or off. */
  public AttentionExtraction withLexicalPrior(boolean value) {
    return new AttentionExtraction(
        pooling, rule, eosIsNull, diagonalPrior, punctuationApart, value, articleTakesNextWord);
  }

  /** A copy with {@link #articleTakesNextWord} on or off. */
  public AttentionExtraction withArticleTakesNextWord(boolean value) {
    return new AttentionExtraction(
        pooling, rule, eosIsNull, diagonalPrior, punctuationApart, lexicalPrior, value);
  }

  /** Whether {@code word} is one of the {@link #ARTICLES}. */
  static boolean isArticle(String word) {
    return ARTICLES.contains(word.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return rule.name().toLowerCase(Locale.ROOT).replace('_', '-')
        + ", "
        + pooling.name().toLowerCase(Locale.ROOT)
        + " of pieces"
        + (eosIsNull ? ", </s> as NULL" : "")
        + (diagonalPrior ? ", diagonal prior" : "")
        + (punctuationApart ? ", punctuation apart" : "")
        + (lexicalPrior ? ", lexical prior" : "")
        + (articleTakesNextWord ? ", \"the\" as the next word" : "");
  }
}
