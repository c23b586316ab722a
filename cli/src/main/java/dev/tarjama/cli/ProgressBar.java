package dev.tarjama.cli;

import dev.tarjama.TranslationProgress;
import java.io.PrintWriter;

/**
 * Progress on standard error: on a terminal a one-line bar redrawn in place; otherwise (a log file,
 * a pipe) a plain line at each tenth of the work and at the end, so that logs hold no redraws.
 * Whether standard error is a terminal comes from the system property {@code
 * tarjama.stderr.terminal}, which the {@code tarjama} launcher sets ({@code [ -t 2 ]}): Java's
 * {@code System.console()} looks at standard input and output instead.
 */
final class ProgressBar implements TranslationProgress {
  private static final int WIDTH = 30;
  private final PrintWriter out;
  private final String unit;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private int lastTenth = -1;

  /** A bar on {@code err}, or nothing for {@code --no-progress}. */
  static TranslationProgress unless(boolean noProgress, PrintWriter err, String unit) {
    return noProgress ? TranslationProgress.NONE : new ProgressBar(err, unit);
  }

  /** A bar that redraws in place when {@code tarjama.stderr.terminal} is true. */
  ProgressBar(PrintWriter out, String unit) {
    this(out, unit, Boolean.getBoolean("tarjama.stderr.terminal"));
  }

  ProgressBar(PrintWriter out, String unit, boolean terminal) {
    this.out = out;
    this.unit = unit;
    this.terminal = terminal;
  }

  @Override
  public void update(int done, int total) {
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    String line =
        String.format(
            "[%s%s] %d/%d %s, %.1f s",
            "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, unit, seconds);
    if (terminal) {
      out.print("\r" + line);
      if (done >= total) {
        out.println();
      }
    } else {
      int tenth = total == 0 ? 10 : (int) (10L * done / total);
      if (tenth == lastTenth && done < total) {
        return;
      }
      lastTenth = tenth;
      out.println(line);
    }
    out.flush();
  }
}
