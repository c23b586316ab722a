package dev.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttentionAlignerTest {
  /** Expected values below are worked out by hand from the matrices, in the comments. */
  private static final AttentionExtraction TARGET_ARGMAX =
      new AttentionExtraction(
          AttentionExtraction.Pooling.SUM,
          AttentionExtraction.Rule.TARGET_ARGMAX,
          false,
          false,
          false,
          false,
          false);

  /** Six one-piece source words a..f, five target words x y z u v; eos column and row last. */
  private static final float[][] SIX_BY_FIVE = {
    {.45f, .03f, .03f, .03f, .03f, .40f, .03f}, // x -> a
    {.05f, .70f, .05f, .05f, .10f, .05f, 0f}, // y -> b
    {.05f, .05f, .10f, .70f, .05f, .05f, 0f}, // z -> d
    {.35f, .05f, .30f, .05f, .20f, .05f, 0f}, // u -> a
    {.09f, .09f, .09f, .08f, .30f, .35f, 0f}, // v -> f
    {0f, 0f, 0f, 0f, 0f, 0f, 1f}, // eos row
  };

  // Columns: a -> x (.45), b -> y, c -> u (.30), d -> z, e -> v (.30), f -> x (.40 > .35).

  private static String link(AttentionExtraction.Rule rule) {
    return link(TARGET_ARGMAX.withRule(rule));
  }

  private static String link(AttentionExtraction extraction) {
    return AttentionAligner.align(
            "a b c d e f",
            List.of("\u2581a", "\u2581b", "\u2581c", "\u2581d", "\u2581e", "\u2581f"),
            "x y z u v",
            List.of("\u2581x", "\u2581y", "\u2581z", "\u2581u", "\u2581v"),
            SIX_BY_FIVE,
            false,
            extraction)
        .pharaoh();
  }

  @Test
  void lexicalPriorMovesALinkToThePairTheTableKnowsAndOnlyWithATable(@TempDir Path dir)
      throws IOException {
    // x: a .45, f .40. Table: t(x|f) = 0.5, t(f|x) = 0.3 -> f scores .40 * (0.8 + 0.01) = .324
    // against a's .45 * 0.01 = .0045: x -> f. u (a .35, c .30): table pairs u with c at 0.02 both
    // ways -> c .30 * 0.05 = .015 against a's .35 * 0.01 = .0035: u -> c. Weights stay the
    // attention's. Capitals: lookups lowercase.
    Path file = dir.resolve("t.tsv.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(
          (LexicalTable.HEADER + "\nf\tx\t0.5\t0.3\nc\tu\t0.02\t0.02\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    LexicalTable table = LexicalTable.read(file);
    AttentionExtraction lexical = TARGET_ARGMAX.withLexicalPrior(true);
    Alignment with = alignSixByFive("a b c d e F", "X y z u v", lexical, table);
    assertEquals("1-1 2-3 3-2 5-0 5-4", with.pharaoh());
    assertEquals(0.40f, with.links().get(3).weight(), 1e-6f);
    assertEquals(
        "0-0 0-3 1-1 3-2 5-4", alignSixByFive("a b c d e F", "X y z u v", lexical, null).pharaoh());
    assertEquals(
        "0-0 0-3 1-1 3-2 5-4",
        alignSixByFive("a b c d e F", "X y z u v", TARGET_ARGMAX, table).pharaoh());
  }

  private static Alignment alignSixByFive(
      String source, String target, AttentionExtraction extraction, LexicalTable table) {
    return AttentionAligner.align(
        source,
        List.of("\u2581a", "\u2581b", "\u2581c", "\u2581d", "\u2581e", "\u2581F"),
        target,
        List.of("\u2581X", "\u2581y", "\u2581z", "\u2581u", "\u2581v"),
        SIX_BY_FIVE,
        false,
        extraction,
        table);
  }

  @Test
  void piecesMergeIntoWordsAndEachTargetWordTakesItsBestSourceWord() {
    // Source "ab cd" in pieces ▁a b ▁cd; target "x yz ." in pieces ▁x ▁y z . ; rows + eos row.
    String source = "ab cd";
    List<String> sourcePieces = List.of("\u2581a", "b", "\u2581cd");
    String target = "x yz.";
    List<String> targetPieces = List.of("\u2581x", "\u2581y", "z", ".");
    float[][] attention = {
      {0.1f, 0.1f, 0.7f, 0.1f}, // x -> cd
      {0.3f, 0.3f, 0.3f, 0.1f}, // y: ab 0.6, cd 0.3
      {0.1f, 0.0f, 0.8f, 0.1f}, // z: ab 0.1, cd 0.8; word yz: ab 0.35, cd 0.55 -> cd
      {0.2f, 0.2f, 0.2f, 0.4f}, // . -> ab (eos column ignored)
      {0.0f, 0.0f, 0.0f, 1.0f}, // eos row
    };
    Alignment alignment =
        AttentionAligner.align(
            source, sourcePieces, target, targetPieces, attention, false, TARGET_ARGMAX);
    assertEquals(List.of("ab", "cd"), alignment.sourceWords().stream().map(Word::text).toList());
    assertEquals(
        List.of("x", "yz", "."), alignment.targetWords().stream().map(Word::text).toList());
    assertEquals("0-2 1-0 1-1", alignment.pharaoh());
    assertEquals(0.55f, alignment.links().get(2).weight(), 1e-6f);
  }

  @Test
  void shiftedReadsTheNextRow() {
    float[][] attention = {{1f, 0f, 0f}, {0f, 1f, 0f}, {1f, 0f, 0f}};
    Alignment alignment =
        AttentionAligner.align(
            "a b",
            List.of("\u2581a", "\u2581b"),
            "x y",
            List.of("\u2581x", "\u2581y"),
            attention,
            true,
            TARGET_ARGMAX);
    assertEquals("0-1 1-0", alignment.pharaoh());
  }

  @Test
  void poolingSumsAveragesOrMaxesASourceWordsPieces() {
    // Source "ab cd" in pieces ▁a b ▁cd; one target word x attends .3 .3 .4:
    // sum: ab .6, cd .4; mean: ab .3, cd .4; max: ab .3, cd .4.
    float[][] attention = {{.3f, .3f, .4f, 0f}, {0f, 0f, 0f, 1f}};
    List<String> pieces = List.of("\u2581a", "b", "\u2581cd");
    List<String> x = List.of("\u2581x");
    Alignment sum =
        AttentionAligner.align("ab cd", pieces, "x", x, attention, false, TARGET_ARGMAX);
    assertEquals("0-0", sum.pharaoh());
    assertEquals(0.6f, sum.links().get(0).weight(), 1e-6f);
    for (AttentionExtraction.Pooling pooling :
        List.of(AttentionExtraction.Pooling.MEAN, AttentionExtraction.Pooling.MAX)) {
      Alignment other =
          AttentionAligner.align(
              "ab cd", pieces, "x", x, attention, false, TARGET_ARGMAX.withPooling(pooling));
      assertEquals("1-0", other.pharaoh(), pooling.name());
      assertEquals(0.4f, other.links().get(0).weight(), 1e-6f);
    }
  }

  @Test
  void targetSideLinksEachTargetWordToItsArgmax() {
    assertEquals("0-0 0-3 1-1 3-2 5-4", link(AttentionExtraction.Rule.TARGET_ARGMAX));
  }

  @Test
  void sourceSideLinksEachSourceWordToTheTargetWordThatAttendsMost() {
    assertEquals("0-0 1-1 2-3 3-2 4-4 5-0", link(AttentionExtraction.Rule.SOURCE_ARGMAX));
  }

  @Test
  void intersectKeepsLinksOfBothSides() {
    assertEquals("0-0 1-1 3-2", link(AttentionExtraction.Rule.INTERSECT));
  }

  @Test
  void unionKeepsLinksOfEitherSide() {
    assertEquals("0-0 0-3 1-1 2-3 3-2 4-4 5-0 5-4", link(AttentionExtraction.Rule.UNION));
  }

  @Test
  void growDiagAddsUnionLinksNextToTheIntersection() {
    // 2-3 touches 3-2 diagonally and c is unaligned; 0-3, 4-4, 5-0, 5-4 touch no link.
    assertEquals("0-0 1-1 2-3 3-2", link(AttentionExtraction.Rule.GROW_DIAG));
  }

  @Test
  void growDiagFinalAndAddsSideLinksWhoseWordsAreBothUnaligned() {
    // Target side first: 0-3 (a aligned) no, 5-4 (f and v unaligned) yes; then the source side:
    // 4-4 (v now aligned) no, 5-0 no.
    assertEquals("0-0 1-1 2-3 3-2 5-4", link(AttentionExtraction.Rule.GROW_DIAG_FINAL_AND));
  }

  @Test
  void agreementLinksThePairsWhosePosteriorsAgree() {
    // P(i | j): each row over a..f (x's row sums to .97: a .464, f .412, the others .031; the
    // other rows sum to 1). P(j | i): those normalised per column (column sums a 1.004, b .921,
    // c .571, d .911, e .681, f .912). sqrt(P(i | j) * P(j | i)) >= 0.4 for a-x .463, b-y .729,
    // d-z .733, f-x .432; c-u .397 and f-v .366 fall just short; u and v get no link.
    assertEquals("0-0 1-1 3-2 5-0", link(AttentionExtraction.Rule.AGREEMENT));
  }

  @Test
  void agreementIgnoresEndOfSentenceAsNull() {
    AttentionExtraction agreement = TARGET_ARGMAX.withRule(AttentionExtraction.Rule.AGREEMENT);
    assertEquals(link(agreement), link(agreement.withEosIsNull(true)));
  }

  @Test
  void articleTakesTheScoresOfTheWordAfterIt() {
    // "the": a .9, b .1; "door": a .2, b .8. Moved, "the" reads door's row -> b, with its own
    // attention .1 as the weight; capitals too. "the" at the end, or before a mark, keeps its own
    // row.
    float[][] attention = {{.9f, .1f, 0f}, {.2f, .8f, 0f}, {0f, 0f, 1f}};
    List<String> ab = List.of("\u2581a", "\u2581b");
    AttentionExtraction moved = TARGET_ARGMAX.withArticleTakesNextWord(true);
    List<String> theDoor = List.of("\u2581the", "\u2581door");
    assertEquals(
        "0-0 1-1",
        AttentionAligner.align("a b", ab, "the door", theDoor, attention, false, TARGET_ARGMAX)
            .pharaoh());
    Alignment alignment =
        AttentionAligner.align(
            "a b", ab, "The door", List.of("\u2581The", "\u2581door"), attention, false, moved);
    assertEquals("1-0 1-1", alignment.pharaoh());
    assertEquals(0.1f, alignment.links().get(0).weight(), 1e-6f);
    assertEquals(
        "0-0 1-1",
        AttentionAligner.align(
                "a b", ab, "x the", List.of("\u2581x", "\u2581the"), attention, false, moved)
            .pharaoh());
    assertEquals(
        "0-0 1-1",
        AttentionAligner.align(
                "a b", ab, "the .", List.of("\u2581the", "\u2581."), attention, false, moved)
            .pharaoh());
    // "a" is not in ARTICLES: Arabic has no indefinite article for it to share
    assertEquals(
        "0-0 1-1",
        AttentionAligner.align(
                "a b", ab, "a door", List.of("\u2581a", "\u2581door"), attention, false, moved)
            .pharaoh());
  }

  @Test
  void endOfSentenceActsAsNullOnBothSides() {
    // x: a .3, b .2, </s> .5 -> NULL; y: a .6, b .3 -> a. The row predicting </s> gives a .1
    // (< y's .6: a stays linked) and b .4 (> y's .3: b unlinked).
    float[][] attention = {{.3f, .2f, .5f}, {.6f, .3f, .1f}, {.1f, .4f, .5f}};
    List<String> ab = List.of("\u2581a", "\u2581b");
    List<String> xy = List.of("\u2581x", "\u2581y");
    AttentionExtraction nullOn = TARGET_ARGMAX.withEosIsNull(true);
    AttentionExtraction.Rule source = AttentionExtraction.Rule.SOURCE_ARGMAX;
    assertEquals(
        "0-0 0-1",
        AttentionAligner.align("a b", ab, "x y", xy, attention, false, TARGET_ARGMAX).pharaoh());
    assertEquals(
        "0-1", AttentionAligner.align("a b", ab, "x y", xy, attention, false, nullOn).pharaoh());
    assertEquals(
        "0-1 1-1",
        AttentionAligner.align(
                "a b", ab, "x y", xy, attention, false, TARGET_ARGMAX.withRule(source))
            .pharaoh());
    assertEquals(
        "0-1",
        AttentionAligner.align("a b", ab, "x y", xy, attention, false, nullOn.withRule(source))
            .pharaoh());
  }

  @Test
  void diagonalPriorPullsLinksTowardsTheDiagonal() {
    // x attends a .3, b .32, c .38. fast_align's prior for target word 1 of 3 with tension 4 is
    // exp(-4|i/3 - 1/3|) = 1, .2636, .0695 for i = 1..3: .3, .0844, .0264 -> a. y and z keep
    // their argmax (b .8, c .6). The weight stays the attention share .3.
    float[][] attention = {
      {.3f, .32f, .38f, 0f}, {.1f, .8f, .1f, 0f}, {.2f, .2f, .6f, 0f}, {0f, 0f, 0f, 1f}
    };
    List<String> abc = List.of("\u2581a", "\u2581b", "\u2581c");
    List<String> xyz = List.of("\u2581x", "\u2581y", "\u2581z");
    assertEquals(
        "1-1 2-0 2-2",
        AttentionAligner.align("a b c", abc, "x y z", xyz, attention, false, TARGET_ARGMAX)
            .pharaoh());
    Alignment prior =
        AttentionAligner.align(
            "a b c", abc, "x y z", xyz, attention, false, TARGET_ARGMAX.withDiagonalPrior(true));
    assertEquals("0-0 1-1 2-2", prior.pharaoh());
    assertEquals(0.3f, prior.links().get(0).weight(), 1e-6f);
  }

  @Test
  void punctuationApartLinksMarksOnlyToMarks() {
    // Source "ab ." (▁ab ▁.), target "x . !" (▁x ▁. ▁!): x attends ab .4, "." .6 -> "." without
    // the constraint, ab with it; "." attends ab .7 -> ab, then "."; "!" has no other mark than
    // "." on the source side -> "."; the sides agree, so grow-diag-final-and keeps them.
    float[][] attention = {{.4f, .6f, 0f}, {.7f, .3f, 0f}, {.8f, .2f, 0f}, {0f, 0f, 1f}};
    List<String> source = List.of("\u2581ab", "\u2581.");
    List<String> target = List.of("\u2581x", "\u2581.", "\u2581!");
    assertEquals(
        "0-1 0-2 1-0",
        AttentionAligner.align("ab .", source, "x . !", target, attention, false, TARGET_ARGMAX)
            .pharaoh());
    Alignment apart =
        AttentionAligner.align(
            "ab .",
            source,
            "x . !",
            target,
            attention,
            false,
            TARGET_ARGMAX.withPunctuationApart(true));
    assertEquals("0-0 1-1 1-2", apart.pharaoh());
    assertEquals(0.4f, apart.links().get(0).weight(), 1e-6f);
  }

  @Test
  void punctuationApartLeavesAMarkWithoutPartnerUnlinked() {
    float[][] attention = {{.4f, .6f}, {.7f, .3f}, {0f, 1f}};
    Alignment apart =
        AttentionAligner.align(
            "ab",
            List.of("\u2581ab"),
            "x .",
            List.of("\u2581x", "\u2581."),
            attention,
            false,
            TARGET_ARGMAX.withPunctuationApart(true));
    assertEquals("0-0", apart.pharaoh());
  }

  @Test
  void emptySideGivesNoLinks() {
    Alignment alignment =
        AttentionAligner.align("", List.of(), "x", List.of("\u2581x"), new float[2][1], false);
    assertTrue(alignment.links().isEmpty());
    assertEquals("", alignment.pharaoh());
  }

  @Test
  void normalisedPiecesStillMapMonotonically() {
    // SentencePiece NFKC turns the ligature "ﻻ" (1 char) into "لا" (2 chars).
    String text = "ﻻ شيء";
    int[] words =
        PieceWords.map(text, WordTokenizer.tokenize(text), List.of("\u2581لا", "\u2581ش", "يء"));
    assertEquals(0, words[0]);
    assertEquals(1, words[2]);
  }
}
