package dev.tarjama.examples.segbench;

import dev.tarjama.segment.ArabicSegmenter;
import dev.tarjama.segment.Sentence;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** The segmenters compared, each reduced to the set of sentence-start offsets it finds. */
public enum Segmenters {
  TARJAMA("tarjama ArabicSegmenter", Segmenters::tarjama),
  ICU("ICU4J 77.1 BreakIterator (ar)", Segmenters::icu),
  JDK("JDK " + Runtime.version().feature() + " BreakIterator (ar)", Segmenters::jdk);

  private final String label;
  private final Function<String, Set<Integer>> boundaries;

  Segmenters(String label, Function<String, Set<Integer>> boundaries) {
    this.label = label;
    this.boundaries = boundaries;
  }

  /** Name and version for the report. */
  public String label() {
    return label;
  }

  /**
   * Number of sentences (or break positions) from offsets only, as each segmenter's API gives
   * them, without building any collection of our own: for timing. tarjama's {@code spans} returns
   * offsets as the BreakIterators do; {@link #countSentences} times {@code segment} as well.
   */
  public int count(String text) {
    return switch (this) {
      case TARJAMA -> ArabicSegmenter.INSTANCE.spans(text).size();
      case ICU -> {
        var iterator = com.ibm.icu.text.BreakIterator.getSentenceInstance(new Locale("ar"));
        iterator.setText(text);
        int n = 0;
        while (iterator.next() != com.ibm.icu.text.BreakIterator.DONE) {
          n++;
        }
        yield n;
      }
      case JDK -> {
        var iterator = java.text.BreakIterator.getSentenceInstance(new Locale("ar"));
        iterator.setText(text);
        int n = 0;
        while (iterator.next() != java.text.BreakIterator.DONE) {
          n++;
        }
        yield n;
      }
    };
  }

  /** Number of {@code Sentence} values tarjama's {@code segment} returns (texts, datelines). */
  public static int countSentences(String text) {
    return ArabicSegmenter.INSTANCE.segment(text).size();
  }

  /** Offsets where a sentence other than the first starts, after skipping whitespace. */
  public Set<Integer> boundaries(String text) {
    return boundaries.apply(text);
  }

  private static Set<Integer> tarjama(String text) {
    Set<Integer> starts = new TreeSet<>();
    for (Sentence sentence : ArabicSegmenter.INSTANCE.segment(text)) {
      starts.add(sentence.start());
    }
    return dropFirst(text, starts);
  }

  private static Set<Integer> icu(String text) {
    var iterator = com.ibm.icu.text.BreakIterator.getSentenceInstance(new Locale("ar"));
    iterator.setText(text);
    Set<Integer> starts = new TreeSet<>();
    for (int p = iterator.next(); p != com.ibm.icu.text.BreakIterator.DONE; p = iterator.next()) {
      starts.add(skipBlanks(text, p));
    }
    return dropFirst(text, starts);
  }

  private static Set<Integer> jdk(String text) {
    var iterator = java.text.BreakIterator.getSentenceInstance(new Locale("ar"));
    iterator.setText(text);
    Set<Integer> starts = new TreeSet<>();
    for (int p = iterator.next(); p != java.text.BreakIterator.DONE; p = iterator.next()) {
      starts.add(skipBlanks(text, p));
    }
    return dropFirst(text, starts);
  }

  private static int skipBlanks(String text, int p) {
    while (p < text.length()
        && (Character.isWhitespace(text.charAt(p))
            || Character.getType(text.charAt(p)) == Character.FORMAT)) {
      p++;
    }
    return p;
  }

  /** Removes the start of the first sentence and the end of the text: they are not boundaries. */
  private static Set<Integer> dropFirst(String text, Set<Integer> starts) {
    starts.remove(skipBlanks(text, 0));
    starts.remove(text.length());
    return starts;
  }
}
