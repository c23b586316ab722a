package dev.tarjama.cli;

import dev.tarjama.TranslationProgress;
import java.io.PrintWriter;

/** A one-line progress bar on standard error, redrawn in place. */
final class ProgressBar implements TranslationProgress {
  private static final int WIDTH = 30;
  private final PrintWriter out;
  private final String unit;
  private final long startNanos = System.nanoTime();

  ProgressBar(PrintWriter out, String unit) {
    this.out = out;
    this.unit = unit;
  }

  @Override
  public void update(int done, int total) {
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    out.printf(
        "\r[%s%s] %d/%d %s, %.1f s",
        "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, unit, seconds);
    if (done >= total) {
      out.println();
    }
    out.flush();
  }
}
