package dev.tarjama.segment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boundary F1 on the committed gold documents (see {@code segment/gold/README.md}): each document
 * is rebuilt as running text (sentences of a paragraph joined by a space, paragraphs by a newline)
 * and the sentence starts found are compared with the gold ones. The thresholds are the issue's
 * targets; the benchmark in examples reports the exact numbers and compares ICU and the JDK.
 */
class ArabicSegmenterGoldTest {

  @ParameterizedTest
  @CsvSource({"ntrex128-ar.gold, 0.98", "un-dev-ar.gold, 0.98"})
  void boundaryF1OnGoldDocumentsMeetsTarget(String file, double minimumF1) throws IOException {
    int truePositives = 0;
    int found = 0;
    int gold = 0;
    for (List<List<String>> document : read(file)) {
      StringBuilder text = new StringBuilder();
      Set<Integer> goldStarts = new HashSet<>();
      for (List<String> paragraph : document) {
        for (int s = 0; s < paragraph.size(); s++) {
          if (text.length() > 0) {
            text.append(s == 0 ? "\n" : " ");
            goldStarts.add(text.length());
          }
          text.append(paragraph.get(s));
        }
      }
      List<Sentence> sentences = ArabicSegmenter.INSTANCE.segment(text.toString());
      for (Sentence sentence : sentences.subList(Math.min(1, sentences.size()), sentences.size())) {
        found++;
        if (goldStarts.contains(sentence.start())) {
          truePositives++;
        }
      }
      gold += goldStarts.size();
    }
    double precision = (double) truePositives / found;
    double recall = (double) truePositives / gold;
    double f1 = 2 * precision * recall / (precision + recall);
    assertTrue(f1 >= minimumF1, String.format("%s: P=%.4f R=%.4f F1=%.4f below %.2f",
        file, precision, recall, f1, minimumF1));
  }

  /** The committed format: "@doc id" starts a document, a blank line a paragraph. */
  private static List<List<List<String>>> read(String file) throws IOException {
    try (InputStream in = ArabicSegmenterGoldTest.class.getResourceAsStream("/segment/gold/" + file)) {
      List<List<List<String>>> documents = new ArrayList<>();
      List<String> paragraph = null;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        if (line.startsWith("@doc ")) {
          paragraph = new ArrayList<>();
          documents.add(new ArrayList<>(List.of(paragraph)));
        } else if (paragraph != null && line.isEmpty()) {
          paragraph = new ArrayList<>();
          documents.get(documents.size() - 1).add(paragraph);
        } else if (paragraph != null) {
          paragraph.add(line);
        }
      }
      return documents;
    }
  }
}
