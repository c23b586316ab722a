package dev.tarjama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tarjama.decode.DecodeOptions;
import dev.tarjama.model.ModelConfig;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade on the random-weight parity fixture: input handling, splitting, threads. */
class TarjamaTest {
  static final Path MODEL = Path.of("src/test/resources/fixture/merged");
  private static final String TWO_SENTENCES =
      "وقال الوزير إن المحادثات كانت مثمرة. وأضاف أنها شاملة.";

  private static Tarjama mt;
  private static DecodeOptions fast;

  @BeforeAll
  static void load() {
    mt = Tarjama.builder(MODEL).build();
    fast = mt.defaultOptions().withBeamSize(2).withMaxLength(12);
  }

  @AfterAll
  static void close() {
    mt.close();
  }

  private static Translation translate(String text) {
    return mt.translate(text, fast, TranslationProgress.NONE);
  }

  @Test
  void nullTextThrowsNullPointerExceptionNamingTheArgument() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> mt.translate(null));
    assertEquals("text", e.getMessage());
  }

  @Test
  void emptyAndBlankTextGiveAnEmptyTranslation() {
    for (String blank : List.of("", "   ", "\n\n\t", "\u200F\u202B")) {
      Translation t = translate(blank);
      assertEquals("", t.text(), "for " + blank.codePoints().boxed().toList());
      assertTrue(t.sentences().isEmpty());
    }
  }

  @Test
  void sentencesCarryTheirSourceSpans() {
    Translation t = translate(TWO_SENTENCES);
    assertEquals(2, t.sentences().size());
    SentenceTranslation first = t.sentences().get(0);
    assertEquals(0, first.start());
    assertEquals(TWO_SENTENCES.indexOf('.') + 1, first.end());
    assertEquals(TWO_SENTENCES.length(), t.sentences().get(1).end());
  }

  @Test
  void paragraphsArePreservedAsLineBreaks() {
    Translation t = translate("جملة أولى.\n\nجملة ثانية.\nجملة ثالثة.");
    assertEquals(3, t.sentences().size());
    String[] lines = t.text().split("\n", -1);
    assertEquals(4, lines.length, t.text());
    assertEquals("", lines[1]);
  }

  @Test
  void sentenceLongerThanTheLimitIsSplitAtClausesNotTruncated() {
    String clause = "وقال الوزير إن المحادثات كانت مثمرة وشاملة وصريحة";
    String sentence = String.join("، ", List.of(clause, clause, clause, clause)) + ".";
    try (Tarjama small = Tarjama.builder(MODEL).maxSourceTokens(24).build()) {
      Translation t = small.translate(sentence, fast, TranslationProgress.NONE);
      assertEquals(1, t.sentences().size());
      SentenceTranslation s = t.sentences().get(0);
      assertTrue(s.wasSplit(), "expected a split, got " + s.pieces());
      int covered = 0;
      for (TranslatedPiece piece : s.pieces()) {
        assertTrue(piece.start() >= covered, "pieces overlap: " + s.pieces());
        assertTrue(sentence.substring(covered, piece.start()).isBlank(), "text skipped");
        covered = piece.end();
      }
      assertTrue(sentence.substring(covered).isBlank(), "tail skipped: " + s.pieces());
    }
  }

  @Test
  void pieceThatReachesTheLengthLimitIsHalvedUntilTooShort() {
    // min_length = max_length - 1 bans eos until the model's limit: every search runs to it.
    DecodeOptions model = mt.defaultOptions();
    DecodeOptions endless = model.withBeamSize(2).withMinLength(model.maxLength() - 1);
    String clause = "وقال الوزير إن المحادثات كانت مثمرة وشاملة وصريحة";
    String sentence = String.join("، ", List.of(clause, clause, clause)) + ".";
    try (Tarjama once = Tarjama.builder(MODEL).retranslateCut(false).build()) {
      SentenceTranslation whole =
          once.translate(sentence, endless, TranslationProgress.NONE).sentences().get(0);
      assertEquals(1, whole.pieces().size());
      assertTrue(whole.pieces().get(0).cut());
      assertEquals(model.maxLength() - 1, whole.pieces().get(0).tokens());
    }
    List<int[]> updates = new ArrayList<>();
    SentenceTranslation halved =
        mt.translate(sentence, endless, (done, total) -> updates.add(new int[] {done, total}))
            .sentences()
            .get(0);
    assertTrue(halved.pieces().size() >= 4, "expected halves of halves: " + halved.pieces());
    int covered = 0;
    for (TranslatedPiece piece : halved.pieces()) {
      assertTrue(sentence.substring(covered, piece.start()).isBlank(), "skipped: " + piece);
      assertTrue(piece.cut(), "runs to the limit, so halved until too short: " + piece);
      int tokens = sourceTokens(sentence, piece);
      assertTrue(tokens >= 6 && tokens < 12, tokens + " tokens: " + halved.pieces());
      covered = piece.end();
    }
    assertTrue(sentence.substring(covered).isBlank(), "tail skipped: " + halved.pieces());
    // The total grows with each round of halves; "all done" comes once, at the end.
    int[] last = updates.get(updates.size() - 1);
    assertTrue(last[0] == last[1] && last[1] > 1, last[0] + "/" + last[1]);
    for (int[] u : updates.subList(0, updates.size() - 1)) {
      assertTrue(u[0] < u[1], u[0] + "/" + u[1] + " before the end");
    }
    SentenceTranslation shortOne =
        mt.translate("جملة قصيرة.", endless, TranslationProgress.NONE).sentences().get(0);
    assertEquals(1, shortOne.pieces().size());
    assertTrue(shortOne.pieces().get(0).cut());
  }

  @Test
  void aLimitBelowTheModelsIsTheCallersCapAndIsNotHalved() {
    DecodeOptions capped = fast.withMinLength(fast.maxLength() - 1);
    String clause = "وقال الوزير إن المحادثات كانت مثمرة وشاملة وصريحة";
    String sentence = String.join("، ", List.of(clause, clause, clause)) + ".";
    SentenceTranslation s =
        mt.translate(sentence, capped, TranslationProgress.NONE).sentences().get(0);
    assertEquals(1, s.pieces().size(), s.pieces().toString());
    assertTrue(s.pieces().get(0).cut());
    assertEquals(fast.maxLength() - 1, s.pieces().get(0).tokens());
  }

  @Test
  void aHalfNeverFallsUnderSixTokens() {
    // The clause splitter would cut after the first comma, leaving "نعم،" alone.
    DecodeOptions model = mt.defaultOptions();
    DecodeOptions endless = model.withBeamSize(1).withMinLength(model.maxLength() - 1);
    String sentence = "نعم، وقال الوزير إن المحادثات كانت مثمرة وشاملة وصريحة وطويلة جدا.";
    SentenceTranslation s =
        mt.translate(sentence, endless, TranslationProgress.NONE).sentences().get(0);
    for (TranslatedPiece piece : s.pieces()) {
      assertTrue(sourceTokens(sentence, piece) >= 6, s.pieces().toString());
    }
  }

  private static int sourceTokens(String text, TranslatedPiece piece) {
    return mt.tokenizer()
        .encode(TextCleaner.clean(text.substring(piece.start(), piece.end())))
        .length;
  }

  @Test
  void textLongerThanTheModelPositionsIsSplit() {
    String sentence = "كلمة ".repeat(2000) + ".";
    Translation t = translate(sentence);
    assertEquals(1, t.sentences().size());
    assertTrue(t.sentences().get(0).wasSplit());
  }

  @Test
  void sentencesWithoutArabicLettersAreCopiedUnlessTurnedOff() {
    String text = "ابتسمت نانسي بسعادة.\nHello world.\n١٢٣٤ ٥٦٧";
    Translation t = translate(text);
    assertEquals(3, t.sentences().size());
    SentenceTranslation arabic = t.sentences().get(0);
    assertTrue(arabic.pieces().get(0).tokens() > 0);
    assertEquals("Hello world.", t.sentences().get(1).text());
    assertEquals(0, t.sentences().get(1).pieces().get(0).tokens());
    assertEquals(0.0, t.sentences().get(1).score());
    assertEquals("1234 567", t.sentences().get(2).text());
    assertEquals(arabic.text() + "\nHello world.\n1234 567", t.text());
    try (Tarjama all = Tarjama.builder(MODEL).copyNonArabic(false).build()) {
      Translation u = all.translate(text, fast, TranslationProgress.NONE);
      assertEquals(arabic.text(), u.sentences().get(0).text());
      assertTrue(u.sentences().get(1).pieces().get(0).tokens() > 0);
      assertTrue(u.sentences().get(2).pieces().get(0).tokens() > 0);
    }
  }

  @Test
  void unpairedSurrogatesAndControlCharactersAreCleaned() {
    String text = "مرحبا\uD800 بالعالم\u0000\u0007. \uDC00\u202Eسلام\u202C.";
    Translation t = translate(text);
    assertFalse(t.sentences().isEmpty());
    for (SentenceTranslation s : t.sentences()) {
      assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= text.length(), s.toString());
    }
    Translation onlyJunk = translate("\uD800\u0000\uDC00");
    assertTrue(onlyJunk.text().isEmpty(), onlyJunk.text());
  }

  @Test
  void eightThreadsGiveTheSameResultsAsOne() throws Exception {
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      inputs.add(TWO_SENTENCES.repeat(1 + i % 3) + " " + "مرحبا ".repeat(i));
    }
    List<Translation> sequential = new ArrayList<>();
    for (String input : inputs) {
      sequential.add(translate(input));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Translation>> futures = new ArrayList<>();
      for (String input : inputs) {
        futures.add(pool.submit(() -> translate(input)));
      }
      for (int i = 0; i < inputs.size(); i++) {
        assertEquals(sequential.get(i), futures.get(i).get(), "input " + i);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void lexicalShortlistWithoutItsFileFailsNamingTheFile() {
    TarjamaException e =
        assertThrows(
            TarjamaException.class, () -> Tarjama.builder(MODEL).lexicalShortlist(true).build());
    assertTrue(e.getMessage().contains("lexical_shortlist.txt"), e.getMessage());
  }

  /** A shortlist of every id changes nothing: the same translation as the full output layer. */
  @Test
  void lexicalShortlistOfTheWholeVocabularyTranslatesAsWithout(@TempDir Path dir)
      throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(MODEL)) {
      for (Path file : files) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    int vocab = ModelConfig.read(MODEL.resolve("config.json")).vocabSize();
    StringBuilder all = new StringBuilder("always");
    for (int id = 0; id < vocab; id++) {
      all.append(' ').append(id);
    }
    Files.writeString(
        dir.resolve("lexical_shortlist.txt"),
        "tarjama-lexical-shortlist 1 vocab_size=" + vocab + "\n" + all + "\n");
    try (Tarjama shortlisted = Tarjama.builder(dir).lexicalShortlist(true).build()) {
      assertEquals(
          translate(TWO_SENTENCES).text(),
          shortlisted.translate(TWO_SENTENCES, fast, TranslationProgress.NONE).text());
    }
  }

  @Test
  void useAfterCloseThrowsAndCloseIsIdempotent() {
    Tarjama other = Tarjama.builder(MODEL).build();
    other.close();
    other.close();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> other.translate("مرحبا"));
    assertEquals("Translator is closed", e.getMessage());
  }
}
