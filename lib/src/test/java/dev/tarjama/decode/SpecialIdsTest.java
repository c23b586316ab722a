package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpecialIdsTest {

  @Test
  void negativeIdIsRejectedWithTheValues() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new SpecialIds(5, -1, 5));
    assertTrue(error.getMessage().contains("eosId=-1"), error.getMessage());
  }

  @Test
  void opusMtIdsAreAccepted() {
    SpecialIds ids = new SpecialIds(61000, 0, 61000);
    assertEquals(ids.padId(), ids.decoderStartId());
  }
}
