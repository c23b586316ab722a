package dev.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FastAlignModelTest {

  private static FastAlignTraining trainC1k() {
    return FastAlignTrainerTest.train(
        "c1k.forward", "corpus-1k.ar-en", FastAlignOptions.DEFAULTS);
  }

  private static FastAlignTraining training(String size) {
    String corpus = size.equals("c10") ? "corpus-10.ar-en" : "corpus-1k.ar-en";
    return FastAlignTrainerTest.train(size + ".forward", corpus, FastAlignOptions.DEFAULTS);
  }

  @ParameterizedTest
  @CsvSource({"c10, corpus-10.ar-en", "c1k, corpus-1k.ar-en"})
  void scoresEqualReference(String size, String corpusName) {
    FastAlignModel model = training(size).model();
    List<String> actual = new ArrayList<>();
    for (SentencePair pair : Fixtures.corpus(corpusName)) {
      actual.add(
          model.align(pair.sourceWords(), pair.targetWords()).toPharaoh()
              + " ||| "
              + FastAlignFormat.number(model.score(pair.sourceWords(), pair.targetWords())));
    }
    List<String> expected = Fixtures.lines(size + ".forward.scores.align");
    assertEquals(0, Fixtures.differingLines(expected, actual));
  }

  @ParameterizedTest
  @CsvSource({"c10", "c1k"})
  void translationTableEqualsReferenceAfterSorting(String size) throws IOException {
    StringBuilder table = new StringBuilder();
    training(size).model().writeTranslationTable(table, FastAlignModel.DEFAULT_BEAM_THRESHOLD);
    String[] lines = table.toString().split("\n");
    // The reference was sorted with LC_ALL=C sort, i.e. by UTF-8 bytes; for these strings
    // String's UTF-16 order agrees, as neither side has characters outside the BMP.
    Arrays.sort(lines);
    assertEquals(Fixtures.lines(size + ".forward.ttable"), List.of(lines));
  }

  @Test
  void alignsTrainingPairsAsTheFinalIterationDid() {
    FastAlignTraining training = trainC1k();
    List<SentencePair> corpus = Fixtures.corpus("corpus-1k.ar-en");
    for (int line = 0; line < corpus.size(); line++) {
      SentencePair pair = corpus.get(line);
      assertEquals(
          training.alignments().get(line),
          training.model().align(pair.sourceWords(), pair.targetWords()),
          "line " + (line + 1));
    }
  }

  @Test
  void savedAndLoadedModelAlignsAndScoresIdentically(@TempDir Path directory)
      throws IOException {
    FastAlignModel model = trainC1k().model();
    Path file = directory.resolve("forward.model");
    model.save(file);
    FastAlignModel loaded = FastAlignModel.load(file);
    assertEquals(model.options(), loaded.options());
    assertEquals(model.tension(), loaded.tension());
    assertEquals(model.meanLengthRatio(), loaded.meanLengthRatio());
    for (SentencePair pair : Fixtures.corpus("corpus-1k.ar-en")) {
      assertEquals(
          model.align(pair.sourceWords(), pair.targetWords()),
          loaded.align(pair.sourceWords(), pair.targetWords()));
      assertEquals(
          model.score(pair.sourceWords(), pair.targetWords()),
          loaded.score(pair.sourceWords(), pair.targetWords()));
    }
  }

  @Test
  void reverseModelReportsSourceTargetLinks() {
    FastAlignModel reverse =
        FastAlignTrainerTest.train(
                "c10.reverse", "corpus-10.ar-en", FastAlignOptions.DEFAULTS.withReverse(true))
            .model();
    SentencePair first = Fixtures.corpus("corpus-10.ar-en").get(0);
    assertEquals(
        Fixtures.lines("c10.reverse.align").get(0),
        reverse.align(first.sourceWords(), first.targetWords()).toPharaoh());
  }

  @Test
  void unseenWordsStillAlignWithinBounds() {
    FastAlignModel model = trainC1k().model();
    List<String> source = List.of("كلمة", "غريبة", "جدا");
    List<String> target = List.of("a", "zzzunseen", "word", "qqq");
    WordAlignment alignment = model.align(source, target);
    for (WordLink link : alignment.links()) {
      assertTrue(link.sourceWord() < source.size() && link.targetWord() < target.size(), "" + link);
    }
    assertTrue(Double.isFinite(model.score(source, target)));
  }

  @Test
  void emptySideGivesEmptyAlignmentAndZeroScore() {
    FastAlignModel model = trainC1k().model();
    assertEquals(WordAlignment.EMPTY, model.align(List.of(), List.of("a")));
    assertEquals(WordAlignment.EMPTY, model.align(List.of("a"), List.of()));
    assertEquals(0.0, model.score(List.of(), List.of()));
  }

  @Test
  void loadRejectsAFileThatIsNotAModel(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("not-a-model");
    Files.writeString(file, "hello world, this is text");
    IOException e = assertThrows(IOException.class, () -> FastAlignModel.load(file));
    assertTrue(e.getMessage().contains("not a tarjama fast_align model"), e.getMessage());
  }

  @Test
  void loadRejectsATruncatedModel(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("full.model");
    trainC1k().model().save(file);
    byte[] bytes = Files.readAllBytes(file);
    Path truncated = directory.resolve("truncated.model");
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
    IOException e = assertThrows(IOException.class, () -> FastAlignModel.load(truncated));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"1, 0", "2, 0", "5, 3.1780538303479458", "11, 15.104412573075516"})
  void logGammaOfSmallIntegersIsLogFactorial(int k, double expected) {
    assertEquals(expected, FastAlignModel.logGamma(k), 1e-13);
  }

  @Test
  void logGammaSwitchesToStirlingSmoothly() {
    double sum = 0;
    for (int i = 2; i < 400; i++) {
      sum += Math.log(i);
    }
    assertEquals(sum, FastAlignModel.logGamma(400), 1e-9 * sum);
    assertEquals(FastAlignModel.logGamma(171) + Math.log(171), FastAlignModel.logGamma(172), 1e-9);
  }
}
