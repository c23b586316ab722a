package dev.tarjama.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Python's str behaviour, with the expected values printed by CPython 3.11. */
class PythonTextTest {

  @Test
  void noBreakSpacesAndSeparatorsAreWhitespaceButZeroWidthSpaceIsNot() {
    // 'a\u00a0b\u2007c\u202fd\x85e\x1cf\u200bg\ufeffh'.split()
    assertEquals(
        List.of("a", "b", "c", "d", "e", "f\u200bg\ufeffh"),
        PythonText.split("a\u00a0b\u2007c\u202fd\u0085e\u001cf\u200bg\ufeffh"));
  }

  @Test
  void everyPythonSpaceIsSpaceAndNothingElseBelowU3001() {
    int[] python = {
      0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001,
      0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029,
      0x202f, 0x205f, 0x3000
    };
    int count = 0;
    for (int c = 0; c <= 0x10FFFF; c++) {
      if (PythonText.isSpace(c)) {
        assertEquals(python[count++], c);
      }
    }
    assertEquals(python.length, count);
  }

  @Test
  void rstripKeepsLeadingWhitespace() {
    assertEquals("  a b", PythonText.rstrip("  a b \t\u00a0\u3000"));
    assertEquals("", PythonText.rstrip(" \t "));
    assertEquals("", PythonText.rstrip(""));
  }

  @Test
  void lowerUsesFullUnicodeMappings() {
    // 'İstanbul ΟΔΟΣ ΣΑΣ'.lower()
    assertEquals("i\u0307stanbul οδος σας", PythonText.lower("İstanbul ΟΔΟΣ ΣΑΣ"));
  }

  @Test
  void lengthCountsCodePoints() {
    assertEquals(2, PythonText.length("a\uD835\uDC01"));
    assertTrue(PythonText.split("").isEmpty());
    assertFalse(PythonText.isSpace(0x200B));
  }
}
