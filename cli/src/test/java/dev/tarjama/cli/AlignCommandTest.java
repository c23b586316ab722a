package dev.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tarjama.align.WordTokenizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AlignCommandTest {
  private static final String MODEL = "../lib/src/test/resources/fixture/merged";
  private static final Path REFERENCE =
      Path.of("../lib/src/test/resources/align-reference/fixture-alignments.jsonl");
  private static final String AR = "ابتسمت نانسي بسعادة.\n\nأريد أن أشتري.\n";
  private static final String EN = "Nancy smiled happily.\nI want to buy.\n\n";

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        new CommandLine(new Main())
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute(args);
    return new String[] {String.valueOf(status), out.toString(), err.toString()};
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The expected links of "Nancy smiled happily." from lib's PyTorch reference
   * (align-reference/fixture-alignments.jsonl, made by models/fixture/align_reference.py).
   */
  private static String reference(
      int layer,
      int head,
      String pooling,
      String rule,
      boolean eosIsNull,
      boolean diagonalPrior,
      boolean punctuationApart)
      throws IOException {
    return reference(layer, head, pooling, rule, eosIsNull, diagonalPrior, punctuationApart, false);
  }

  private static String reference(
      int layer,
      int head,
      String pooling,
      String rule,
      boolean eosIsNull,
      boolean diagonalPrior,
      boolean punctuationApart,
      boolean lexicalPrior)
      throws IOException {
    return reference(
        "Nancy smiled happily.",
        layer,
        head,
        pooling,
        rule,
        eosIsNull,
        diagonalPrior,
        punctuationApart,
        lexicalPrior,
        false);
  }

  private static String reference(
      String target,
      int layer,
      int head,
      String pooling,
      String rule,
      boolean eosIsNull,
      boolean diagonalPrior,
      boolean punctuationApart,
      boolean lexicalPrior,
      boolean articleTakesNextWord)
      throws IOException {
    for (String line : Files.readAllLines(REFERENCE, StandardCharsets.UTF_8)) {
      JsonObject r = JsonParser.parseString(line).getAsJsonObject();
      if (r.get("target").getAsString().equals(target)
          && r.get("layer").getAsInt() == layer
          && r.get("head").getAsInt() == head
          && r.get("pooling").getAsString().equals(pooling)
          && r.get("rule").getAsString().equals(rule)
          && r.get("eos_is_null").getAsBoolean() == eosIsNull
          && r.get("diagonal_prior").getAsBoolean() == diagonalPrior
          && r.get("punctuation_apart").getAsBoolean() == punctuationApart
          && r.get("lexical_prior").getAsBoolean() == lexicalPrior
          && r.get("article_takes_next_word").getAsBoolean() == articleTakesNextWord) {
        return r.get("pharaoh").getAsString();
      }
    }
    throw new AssertionError("no reference record for these settings");
  }

  /** The library's default extraction with or without the lexical prior, for {@code target}. */
  private static String defaults(String target, boolean lexicalPrior) throws IOException {
    return reference(target, 1, -1, "sum", "agreement", false, true, true, lexicalPrior, true);
  }

  @Test
  void attentionGivesOnePharaohLinePerPairAndEmptySidesGiveEmptyLines(@TempDir Path dir)
      throws IOException {
    Path ar = write(dir, "a.ar", AR);
    Path en = write(dir, "a.en", EN);
    String[] result = run("align", "-m", MODEL, ar.toString(), en.toString());
    assertEquals("0", result[0], result[2]);
    String[] lines = result[1].split("\n", -1);
    assertEquals(4, lines.length, result[1]);
    // The library's defaults: last layer's mean, agreement, sum, prior, punctuation, "the".
    assertEquals(defaults("Nancy smiled happily.", false), lines[0]);
    assertEquals("", lines[1]);
    assertEquals("", lines[2]);
  }

  @Test
  void attentionOptionsChooseTheHeadAndTheExtraction(@TempDir Path dir) throws IOException {
    Path ar = write(dir, "a.ar", "ابتسمت نانسي بسعادة.\n");
    Path en = write(dir, "a.en", "Nancy smiled happily.\n");
    String[] result =
        run(
            "align",
            "-m",
            MODEL,
            "--layer",
            "0",
            "--head",
            "2",
            "--links",
            "union",
            "--pooling",
            "max",
            "--eos-null",
            "--no-diagonal-prior",
            "--no-article-next-word",
            ar.toString(),
            en.toString());
    assertEquals("0", result[0], result[2]);
    assertEquals(reference(0, 2, "max", "union", true, false, true), result[1].strip());
    result =
        run(
            "align",
            "-m",
            MODEL,
            "--head",
            "0",
            "--links",
            "target-argmax",
            "--no-punctuation-apart",
            "--no-article-next-word",
            ar.toString(),
            en.toString());
    assertEquals(reference(1, 0, "sum", "target-argmax", false, true, false), result[1].strip());
  }

  /** A model directory with a lexical table uses it by default; --no-lexical-prior turns it off. */
  @Test
  void lexicalTableOfTheModelDirectoryIsUsedUnlessTurnedOff(@TempDir Path dir) throws IOException {
    Path model = modelWithTable(dir);
    Path ar = write(dir, "a.ar", "ابتسمت نانسي بسعادة.\n");
    Path en = write(dir, "a.en", "Nancy smiled happily.\n");
    String[] result = run("align", "-m", model.toString(), ar.toString(), en.toString());
    assertEquals("0", result[0], result[2]);
    assertEquals(defaults("Nancy smiled happily.", true), result[1].strip());
    result =
        run("align", "-m", model.toString(), "--no-lexical-prior", ar.toString(), en.toString());
    assertEquals(defaults("Nancy smiled happily.", false), result[1].strip());
    result =
        run(
            "align",
            "-m",
            model.toString(),
            "--head",
            "0",
            "--links",
            "target-argmax",
            "--no-diagonal-prior",
            "--no-punctuation-apart",
            "--no-article-next-word",
            ar.toString(),
            en.toString());
    assertEquals(
        reference(1, 0, "sum", "target-argmax", false, false, false, true), result[1].strip());
  }

  /**
   * "the" takes the scores of the word after it by default; --no-article-next-word turns it off.
   */
  @Test
  void articleTakesTheNextWordUnlessTurnedOff(@TempDir Path dir) throws IOException {
    Path model = modelWithTable(dir);
    String english = "The bridge was built by the Romans.";
    Path ar = write(dir, "a.ar", "الجسر بني على يدي الرومان.\n");
    Path en = write(dir, "a.en", english + "\n");
    String[] result = run("align", "-m", model.toString(), ar.toString(), en.toString());
    assertEquals("0", result[0], result[2]);
    assertEquals(defaults(english, true), result[1].strip());
    // (agreement ignores --eos-null; the reference's record without "the" has it on)
    result =
        run(
            "align",
            "-m",
            model.toString(),
            "--no-article-next-word",
            "--eos-null",
            ar.toString(),
            en.toString());
    String off = reference(english, 1, -1, "sum", "agreement", true, true, true, true, false);
    assertEquals(off, result[1].strip());
    assertNotEquals(defaults(english, true), off);
  }

  /**
   * The fixture model's files linked into {@code dir/model}, with the reference's lexical table.
   */
  private static Path modelWithTable(Path dir) throws IOException {
    Path model = Files.createDirectory(dir.resolve("model"));
    try (var files = Files.list(Path.of(MODEL))) {
      for (Path f : files.toList()) {
        Files.createSymbolicLink(model.resolve(f.getFileName()), f.toAbsolutePath());
      }
    }
    Files.copy(
        REFERENCE.resolveSibling("lexical_table.tsv.gz"), model.resolve("lexical_table.tsv.gz"));
    return model;
  }

  @Test
  void unknownLinkRuleIsAnError(@TempDir Path dir) throws IOException {
    Path ar = write(dir, "a.ar", "ابتسمت نانسي بسعادة.\n");
    Path en = write(dir, "a.en", "Nancy smiled happily.\n");
    String[] result =
        run("align", "-m", MODEL, "--links", "diagonal", ar.toString(), en.toString());
    assertEquals("2", result[0]);
    assertTrue(result[2].contains("--links must be one of"), result[2]);
  }

  @Test
  void differentLineCountsNameBothFiles(@TempDir Path dir) throws IOException {
    Path ar = write(dir, "x.ar", "أ\nب\nج\n");
    Path en = write(dir, "x.en", "a\nb\n");
    String[] result = run("align", "--method", "fast-align", ar.toString(), en.toString());
    assertEquals("2", result[0]);
    assertTrue(result[2].contains(ar + " has 3 lines"), result[2]);
    assertTrue(result[2].contains(en + " has 2"), result[2]);
  }

  @Test
  void tsvWithJsonOutputAndFastAlign(@TempDir Path dir) throws IOException {
    Path tsv =
        write(dir, "p.tsv", "ابتسمت نانسي.\tNancy smiled.\nأريد أن أشتري.\tI want to buy.\n");
    String[] result = run("align", "--method", "fast-align", "--json", "--tsv", tsv.toString());
    assertEquals("0", result[0], result[2]);
    String[] lines = result[1].strip().split("\n");
    assertEquals(2, lines.length);
    JsonObject first = JsonParser.parseString(lines[0]).getAsJsonObject();
    assertEquals("Nancy smiled.", first.get("target").getAsString());
    assertEquals(3, first.getAsJsonArray("source_words").size());
    assertEquals(
        WordTokenizer.tokenize("ابتسمت نانسي.").get(1).start(),
        first.getAsJsonArray("source_words").get(1).getAsJsonObject().get("start").getAsInt());
    assertTrue(first.has("pharaoh"));
  }

  @Test
  void fastAlignWithACorpusAlignsOnlyTheInputPairs(@TempDir Path dir) throws IOException {
    write(dir, "c.ar", "ابتسمت نانسي.\nأريد أن أشتري.\nنانسي تريد.\n");
    write(dir, "c.en", "Nancy smiled.\nI want to buy.\nNancy wants.\n");
    Path ar = write(dir, "in.ar", "ابتسمت نانسي.\n");
    Path en = write(dir, "in.en", "Nancy smiled.\n");
    String[] result =
        run(
            "align",
            "--method",
            "fast-align",
            "--corpus",
            dir.resolve("c").toString(),
            ar.toString(),
            en.toString());
    assertEquals("0", result[0], result[2]);
    assertEquals(1, result[1].strip().split("\n").length);
    Path shortEn = write(dir, "d.en", "x\n");
    write(dir, "d.ar", "أ\nب\n");
    String[] bad =
        run(
            "align",
            "--method",
            "fast-align",
            "--corpus",
            dir.resolve("d").toString(),
            ar.toString(),
            en.toString());
    assertEquals("2", bad[0]);
    assertTrue(bad[2].contains(shortEn + " has 1"), bad[2]);
  }

  @Test
  void malformedTsvLineIsAnError(@TempDir Path dir) throws IOException {
    Path tsv = write(dir, "bad.tsv", "ابتسمت\tNancy\nno tab here\n");
    String[] result = run("align", "--method", "fast-align", "--tsv", tsv.toString());
    assertEquals("2", result[0]);
    assertTrue(result[2].contains("line 2"), result[2]);
  }

  @Test
  void translateWithAlignAddsTheAlignmentOfEachPiece(@TempDir Path dir) throws IOException {
    Path ar = write(dir, "t.ar", "وقال الوزير إن المحادثات كانت مثمرة.");
    String[] result =
        run(
            "translate",
            "-m",
            MODEL,
            "--beam",
            "1",
            "--no-progress",
            "--align",
            "--json",
            ar.toString());
    assertEquals("0", result[0], result[2]);
    JsonObject root = JsonParser.parseString(result[1]).getAsJsonObject();
    JsonObject piece =
        root.getAsJsonArray("sentences")
            .get(0)
            .getAsJsonObject()
            .getAsJsonArray("pieces")
            .get(0)
            .getAsJsonObject();
    JsonObject alignment = piece.getAsJsonObject("alignment");
    assertEquals(piece.get("text").getAsString(), alignment.get("target").getAsString());
    String[] text =
        run("translate", "-m", MODEL, "--beam", "1", "--no-progress", "--align", ar.toString());
    assertTrue(text[1].contains(" ||| "), text[1]);
  }
}
