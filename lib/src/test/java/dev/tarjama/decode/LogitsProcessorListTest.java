package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogitsProcessorListTest {

  private static final float INF = Float.NEGATIVE_INFINITY;
  private static final SpecialIds IDS = new SpecialIds(3, 0, 3);

  @Test
  void forcedEosComesAfterMinLengthAndBadWords() {
    // At length 3 = max - 1, min length bans eos, then forced eos overrides everything.
    DecodeOptions options =
        DecodeOptions.DEFAULTS
            .withMaxLength(4)
            .withMinLength(4)
            .withBadWordsIds(List.of(List.of(3)))
            .withForceEosAtMaxLength(true);
    float[] scores = {1f, 2f, 3f, 4f};
    LogitsProcessorList.create(options, IDS, 4).apply(new int[] {3, 1, 2}, 3, scores, 0);
    assertArrayEquals(new float[] {0f, INF, INF, INF}, scores);
  }

  @Test
  void appliesEveryProcessorTheOptionsTurnOn() {
    DecodeOptions options =
        DecodeOptions.DEFAULTS
            .withRepetitionPenalty(2.0)
            .withNoRepeatNgramSize(2)
            .withBadWordsIds(List.of(List.of(3)))
            .withMinLength(3)
            .withForceEosAtMaxLength(false);
    float[] scores = {1f, 2f, -3f, 4f};
    // History 3 1 3: penalty on 3 and 1, bigram (3,1) bans 1, bad word bans 3, min length eos.
    LogitsProcessorList.create(options, IDS, 4).apply(new int[] {3, 1, 3}, 3, scores, 0);
    assertArrayEquals(new float[] {1f, INF, -3f, INF}, scores);
    float[] shorter = {1f, 2f, -3f, 4f};
    LogitsProcessorList.create(options, IDS, 4).apply(new int[] {3, 2}, 2, shorter, 0);
    assertArrayEquals(new float[] {INF, 2f, -6f, INF}, shorter);
  }

  @Test
  void badWordOutsideTheVocabularyIsRejected() {
    DecodeOptions options = DecodeOptions.DEFAULTS.withBadWordsIds(List.of(List.of(4)));
    assertThrows(IllegalArgumentException.class, () -> LogitsProcessorList.create(options, IDS, 4));
  }
}
