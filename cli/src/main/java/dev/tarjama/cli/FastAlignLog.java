package dev.tarjama.cli;

import dev.tarjama.align.FastAlignFormat;
import dev.tarjama.align.FastAlignTraining;
import dev.tarjama.align.IterationStats;
import dev.tarjama.align.SentencePair;
import java.util.List;

/** The stderr log of fast_align, byte for byte: argument echo, progress dots, iteration numbers. */
final class FastAlignLog {

  /** fast_align's getopt string: the short options it echoes to stderr as {@code ARG=x}. */
  private static final String GETOPT_OPTIONS = "i:rI:df:m:t:q:T:ova:Np:b:s";

  private FastAlignLog() {}

  /** fast_align's stderr log of one training run, from "INITIAL PASS" to the last iteration. */
  static String trainingLog(List<SentencePair> corpus, FastAlignTraining training) {
    StringBuilder log = new StringBuilder("INITIAL PASS \n");
    for (int line = 0; line < corpus.size(); line++) {
      if (corpus.get(line).hasEmptySide()) {
        log.append("Error in line ").append(line + 1).append('\n');
      }
    }
    String dots = progressDots(corpus.size());
    log.append(dots);
    log.append("expected target length = source length * ")
        .append(FastAlignFormat.number(training.model().meanLengthRatio()))
        .append('\n');
    for (IterationStats stats : training.iterations()) {
      log.append("ITERATION ").append(stats.iteration());
      log.append(stats.last() ? " (FINAL)" : "").append('\n');
      log.append(dots).append(stats.fastAlignLog());
    }
    return log.toString();
  }

  /** fast_align's progress: a dot per 1,000 lines, " [N]" and a newline per 50,000. */
  static String progressDots(int lines) {
    StringBuilder dots = new StringBuilder();
    boolean open = false;
    for (int line = 1; line <= lines; line++) {
      if (line % 1000 == 0) {
        dots.append('.');
        open = true;
      }
      if (line % 50000 == 0) {
        dots.append(" [").append(line).append("]\n");
        open = false;
      }
    }
    return open ? dots.append('\n').toString() : dots.toString();
  }

  /** The {@code ARG=x} lines fast_align's getopt loop prints, one per short option given. */
  static String argumentEcho(List<String> args) {
    StringBuilder echo = new StringBuilder();
    for (int k = 0; k < args.size(); k++) {
      String arg = args.get(k);
      if (arg.equals("--")) {
        break;
      }
      if (!arg.startsWith("-") || arg.startsWith("--") || arg.length() < 2) {
        continue;
      }
      for (int c = 1; c < arg.length(); c++) {
        int index = GETOPT_OPTIONS.indexOf(arg.charAt(c));
        if (index < 0 || arg.charAt(c) == ':') {
          break;
        }
        echo.append("ARG=").append(arg.charAt(c)).append('\n');
        boolean takesValue =
            index + 1 < GETOPT_OPTIONS.length() && GETOPT_OPTIONS.charAt(index + 1) == ':';
        if (takesValue) {
          if (c == arg.length() - 1) {
            k++;
          }
          break;
        }
      }
    }
    return echo.toString();
  }
}
