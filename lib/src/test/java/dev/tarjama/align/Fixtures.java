package dev.tarjama.align;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the fast_align reference fixtures in {@code src/test/resources/fast_align-ref/}. */
final class Fixtures {

  private Fixtures() {}

  static String text(String name) {
    String path = "/fast_align-ref/" + name;
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines split on '\n', as fast_align reads them; no trailing empty line. */
  static List<String> lines(String name) {
    String text = text(name);
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      lines.add(text.substring(start, end < 0 ? text.length() : end));
      start = end < 0 ? text.length() : end + 1;
    }
    return lines;
  }

  static List<SentencePair> corpus(String name) {
    List<SentencePair> corpus = new ArrayList<>();
    for (String line : lines(name)) {
      corpus.add(SentencePair.parse(line));
    }
    return corpus;
  }

  /** The reference log without what does not depend on the model: ARG echo, banner, dots. */
  static List<String> modelLog(String name) {
    List<String> kept = new ArrayList<>();
    for (String line : lines(name)) {
      if (!line.startsWith("ARG=")
          && !line.equals("INITIAL PASS ")
          && !line.matches("\\.+")
          && !line.startsWith("conditional probabilities: ")) {
        kept.add(line);
      }
    }
    return kept;
  }

  /** Our training log in the same shape as {@link #modelLog}. */
  static List<String> modelLog(FastAlignTraining training) {
    StringBuilder log = new StringBuilder("expected target length = source length * ");
    log.append(FastAlignFormat.number(training.model().meanLengthRatio())).append('\n');
    for (IterationStats stats : training.iterations()) {
      log.append("ITERATION ").append(stats.iteration());
      log.append(stats.last() ? " (FINAL)" : "").append('\n');
      log.append(stats.fastAlignLog());
    }
    return List.of(log.toString().split("\n"));
  }

  static List<String> pharaoh(List<WordAlignment> alignments) {
    List<String> lines = new ArrayList<>();
    for (WordAlignment alignment : alignments) {
      lines.add(alignment.toPharaoh());
    }
    return lines;
  }

  /** Number of positions where the two lists differ (they must have the same size). */
  static int differingLines(List<String> expected, List<String> actual) {
    if (expected.size() != actual.size()) {
      throw new AssertionError("line counts differ: " + expected.size() + " vs " + actual.size());
    }
    int differing = 0;
    for (int k = 0; k < expected.size(); k++) {
      if (!expected.get(k).equals(actual.get(k))) {
        differing++;
      }
    }
    return differing;
  }
}
