package dev.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Expected literals are what Python 3.11 prints for {@code json.dumps(s, ensure_ascii=False)}; for a
 * lone surrogate, which that call would write raw, Python's {@code json.dumps(s)} escape.
 */
class PythonJsonTest {
  @Test
  void escapesQuotesAndBackslash() {
    assertEquals("\"a\\\"b\\\\c\"", PythonJson.string("a\"b\\c"));
  }

  @Test
  void escapesControlsWithShortFormsWherePythonHasThem() {
    assertEquals(
        "\"\\b\\f\\n\\r\\t\\u0001\\u001f\"", PythonJson.string("\b\f\n\r\t\u0001\u001f"));
  }

  @Test
  void writesArabicAndPairedSurrogatesRaw() {
    assertEquals("\"شينخوا 2024\"", PythonJson.string("شينخوا 2024"));
    assertEquals("\"x\uD83D\uDE00y\"", PythonJson.string("x\uD83D\uDE00y"));
  }

  @Test
  void escapesLoneSurrogatesSoTheOutputIsValidUtf8() {
    assertEquals("\"a\\ud800b\"", PythonJson.string("a\uD800b"));
    assertEquals("\"\\udc00\"", PythonJson.string("\uDC00"));
    assertEquals("\"\\udc00\\ud800\"", PythonJson.string("\uDC00\uD800"));
  }
}
