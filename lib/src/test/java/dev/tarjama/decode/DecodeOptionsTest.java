package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DecodeOptionsTest {

  private static void assertRejected(String messagePart, Supplier<DecodeOptions> options) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, options::get);
    assertTrue(error.getMessage().contains(messagePart), error.getMessage());
  }

  @Test
  void defaultsFollowOpusMtGenerationConfig() {
    DecodeOptions defaults = DecodeOptions.DEFAULTS;
    assertEquals(4, defaults.beamSize());
    assertEquals(512, defaults.maxLength());
    assertEquals(512, defaults.effectiveMaxLength());
    assertEquals(EarlyStopping.FALSE, defaults.earlyStopping());
    assertEquals(1.0, defaults.lengthPenalty());
    assertEquals(1, defaults.numHypotheses());
    assertTrue(defaults.forceEosAtMaxLength());
    assertEquals(List.of(), defaults.badWordsIds());
  }

  @Test
  void withCopiesChangeOneField() {
    DecodeOptions options = DecodeOptions.DEFAULTS.withBeamSize(5).withNumHypotheses(3);
    assertEquals(5, options.beamSize());
    assertEquals(3, options.numHypotheses());
    assertEquals(DecodeOptions.DEFAULTS.maxLength(), options.maxLength());
    assertEquals(7, DecodeOptions.DEFAULTS.withMaxNewTokens(6).effectiveMaxLength());
    assertEquals(
        EarlyStopping.NEVER,
        DecodeOptions.DEFAULTS.withEarlyStopping(EarlyStopping.NEVER).earlyStopping());
  }

  @Test
  void numHypothesesAboveBeamSizeIsRejected() {
    assertRejected(
        "numHypotheses=5, beamSize=4", () -> DecodeOptions.DEFAULTS.withNumHypotheses(5));
    assertRejected(
        "numHypotheses", () -> DecodeOptions.DEFAULTS.withBeamSize(1).withNumHypotheses(2));
  }

  @Test
  void rangesAreChecked() {
    assertRejected("beamSize must be >= 1, got 0", () -> DecodeOptions.DEFAULTS.withBeamSize(0));
    assertRejected("maxLength must be >= 2, got 1", () -> DecodeOptions.DEFAULTS.withMaxLength(1));
    assertRejected("maxNewTokens", () -> DecodeOptions.DEFAULTS.withMaxNewTokens(-1));
    assertRejected("minLength", () -> DecodeOptions.DEFAULTS.withMinLength(-1));
    assertRejected("noRepeatNgramSize", () -> DecodeOptions.DEFAULTS.withNoRepeatNgramSize(-2));
    assertRejected("repetitionPenalty", () -> DecodeOptions.DEFAULTS.withRepetitionPenalty(0));
    assertRejected(
        "repetitionPenalty", () -> DecodeOptions.DEFAULTS.withRepetitionPenalty(Double.NaN));
    assertRejected(
        "lengthPenalty", () -> DecodeOptions.DEFAULTS.withLengthPenalty(Double.NEGATIVE_INFINITY));
    assertThrows(NullPointerException.class, () -> DecodeOptions.DEFAULTS.withEarlyStopping(null));
  }

  @Test
  void minLengthAboveTheEffectiveMaximumIsRejected() {
    assertRejected(
        "minLength=11, maximum length=10",
        () -> DecodeOptions.DEFAULTS.withMaxLength(10).withMinLength(11));
    assertRejected(
        "maximum length=3", () -> DecodeOptions.DEFAULTS.withMinLength(5).withMaxNewTokens(2));
    assertEquals(10, DecodeOptions.DEFAULTS.withMaxLength(10).withMinLength(10).minLength());
  }

  @Test
  void badWordsMustBeNonEmptyNonNegativeAndAreCopied() {
    assertRejected(
        "badWordsIds[1] must not be empty",
        () -> DecodeOptions.DEFAULTS.withBadWordsIds(List.of(List.of(3), List.of())));
    assertRejected(
        "badWordsIds[0] must hold ids >= 0",
        () -> DecodeOptions.DEFAULTS.withBadWordsIds(List.of(List.of(-1))));
    List<Integer> mutable = new ArrayList<>(List.of(7));
    DecodeOptions options = DecodeOptions.DEFAULTS.withBadWordsIds(List.of(mutable));
    mutable.add(8);
    assertEquals(List.of(List.of(7)), options.badWordsIds());
  }
}
