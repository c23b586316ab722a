package dev.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FastAlignOptionsTest {

  @Test
  void defaultsAreFastAlignsRecommendedFlags() {
    FastAlignOptions options = FastAlignOptions.DEFAULTS;
    assertTrue(options.favorDiagonal() && options.optimizeTension() && options.variationalBayes());
    assertEquals(5, options.iterations());
    assertEquals(0.08, options.nullProbability());
    assertEquals(4.0, options.tension());
    assertEquals(0.01, options.alpha());
    assertTrue(options.nullWord());
    assertFalse(options.reverse());
  }

  @Test
  void withersChangeOneField() {
    FastAlignOptions options = FastAlignOptions.MODEL_1.withIterations(10).withReverse(true);
    assertEquals(10, options.iterations());
    assertTrue(options.reverse());
    assertFalse(options.favorDiagonal());
  }

  @Test
  void zeroIterationsAreRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> FastAlignOptions.DEFAULTS.withIterations(0));
    assertEquals("iterations must be >= 1, got 0", e.getMessage());
  }

  @Test
  void nullProbabilityOfOneIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> FastAlignOptions.DEFAULTS.withNullProbability(1));
  }

  @Test
  void nonPositiveTensionIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> FastAlignOptions.DEFAULTS.withTension(0));
  }

  @Test
  void variationalBayesNeedsPositiveAlpha() {
    assertThrows(IllegalArgumentException.class, () -> FastAlignOptions.DEFAULTS.withAlpha(0));
    assertEquals(0.0, FastAlignOptions.MODEL_1.withAlpha(0).alpha());
  }
}
