package dev.tarjama.cli;

import dev.tarjama.SentenceTranslation;
import dev.tarjama.TranslatedPiece;
import dev.tarjama.Translation;
import dev.tarjama.decode.DecodeOptions;
import java.io.PrintWriter;
import java.util.List;

/** Counts the pieces whose translation reached the length limit, and warns about them. */
final class CutPieces {
  private int count;

  /** Adds the cut pieces of these translations. */
  void add(List<Translation> translations) {
    for (Translation t : translations) {
      for (SentenceTranslation s : t.sentences()) {
        for (TranslatedPiece p : s.pieces()) {
          if (p.cut()) {
            count++;
          }
        }
      }
    }
  }

  int count() {
    return count;
  }

  /**
   * One warning line on {@code err} when a piece was cut, ending with {@code where} (how the
   * command's output marks them); nothing otherwise.
   */
  void warn(PrintWriter err, DecodeOptions options, String where) {
    if (count > 0) {
      err.printf(
          "warning: %d piece%s reached the output limit of %d tokens and may end early (%s)%n",
          count, count == 1 ? "" : "s", options.effectiveMaxLength() - 1, where);
      err.flush();
    }
  }
}
