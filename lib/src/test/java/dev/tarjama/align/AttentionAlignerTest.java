package dev.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttentionAlignerTest {

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
        AttentionAligner.align(source, sourcePieces, target, targetPieces, attention, false);
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
            "a b", List.of("\u2581a", "\u2581b"), "x y", List.of("\u2581x", "\u2581y"), attention,
            true);
    assertEquals("0-1 1-0", alignment.pharaoh());
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
        PieceWords.map(
            text, WordTokenizer.tokenize(text), List.of("\u2581لا", "\u2581ش", "يء"));
    assertEquals(0, words[0]);
    assertEquals(1, words[2]);
  }
}
