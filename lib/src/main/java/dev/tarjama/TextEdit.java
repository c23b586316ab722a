package dev.tarjama;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A replacement of the characters [start, end) of a text, as {@link NumberRepair} and {@link
 * WordRepair} make them against one alignment's target.
 */
record TextEdit(int start, int end, String replacement) {
  TextEdit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "need 0 <= start <= end, got start=" + start + ", end=" + end);
    }
    Objects.requireNonNull(replacement, "replacement");
  }

  /**
   * The text with the edits made; edits that start at the same place are made in list order.
   *
   * @throws IllegalArgumentException naming the edit, if it overlaps the one before it or runs past
   *     the text
   */
  static String apply(String text, List<TextEdit> edits) {
    if (edits.isEmpty()) {
      return text;
    }
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(TextEdit::start));
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (TextEdit edit : sorted) {
      if (edit.start < copied || edit.end > text.length()) {
        throw new IllegalArgumentException(
            edit
                + (edit.start < copied
                    ? " overlaps an edit that ends at " + copied
                    : " runs past the text's " + text.length() + " chars"));
      }
      out.append(text, copied, edit.start).append(edit.replacement);
      copied = edit.end;
    }
    return out.append(text, copied, text.length()).toString();
  }
}
