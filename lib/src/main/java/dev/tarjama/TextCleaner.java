package dev.tarjama;

/**
 * Removes what a model must not see from source text: unpaired surrogates, control characters
 * (other than whitespace, which becomes a space) and invisible format characters such as bidi
 * controls, zero-width joiners and the byte-order mark. Offsets are not needed afterwards: the
 * spans of a translation always refer to the original text.
 */
final class TextCleaner {

  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
        continue;
      }
      if (Character.isSurrogate(c)) {
        continue;
      }
      int type = Character.getType(c);
      if (type == Character.CONTROL) {
        if (Character.isWhitespace(c)) {
          out.append(' ');
        }
      } else if (type != Character.FORMAT) {
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  private TextCleaner() {}
}
