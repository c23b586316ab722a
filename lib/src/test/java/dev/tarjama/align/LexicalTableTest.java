package dev.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexicalTableTest {

  private static FastAlignModel forward;
  private static FastAlignModel reverse;

  @BeforeAll
  static void train() {
    forward =
        FastAlignTrainerTest.train("c1k.forward", "corpus-1k.ar-en", FastAlignOptions.DEFAULTS)
            .model();
    reverse =
        FastAlignTrainer.train(
                Fixtures.corpus("corpus-1k.ar-en"), FastAlignOptions.DEFAULTS.withReverse(true))
            .model();
  }

  /** The forward probabilities are the real fast_align's table (c1k.forward.ttable, ln t). */
  @Test
  void forwardProbabilitiesAreFastAlignsTable() {
    LexicalTable table = LexicalTable.of(forward, reverse, 0);
    int checked = 0;
    for (String line : Fixtures.lines("c1k.forward.ttable")) {
      String[] f = line.split("\t");
      if (f[0].equals(Vocabulary.NULL_WORD)
          || !f[0].equals(f[0].toLowerCase(Locale.ROOT))
          || !f[1].equals(f[1].toLowerCase(Locale.ROOT))) {
        continue; // NULL is not a word; lookups lowercase
      }
      double expected = Double.parseDouble(f[2]);
      assertEquals(expected, Math.log(table.forward(f[0], f[1])), lnTolerance(expected), line);
      checked++;
    }
    assertTrue(checked > 1000, "checked " + checked);
  }

  /** ln t is printed with 6 significant digits; the table keeps t as a float. */
  private static double lnTolerance(double ln) {
    return 1e-5 * Math.max(1, Math.abs(ln));
  }

  @Test
  void reverseProbabilitiesAreTheReverseModels() {
    LexicalTable table = LexicalTable.of(forward, reverse, 0);
    StringBuilder p = new StringBuilder();
    try {
      reverse.writeTranslationTable(p, FastAlignModel.DEFAULT_BEAM_THRESHOLD);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    int checked = 0;
    for (String line : p.toString().split("\n")) {
      String[] f = line.split("\t");
      if (f[0].equals(Vocabulary.NULL_WORD)
          || !f[0].equals(f[0].toLowerCase(Locale.ROOT))
          || !f[1].equals(f[1].toLowerCase(Locale.ROOT))) {
        continue;
      }
      double expected = Double.parseDouble(f[2]);
      // the reverse model predicts the Arabic word (f[1]) from the English one (f[0])
      assertEquals(expected, Math.log(table.reverse(f[1], f[0])), lnTolerance(expected), line);
      checked++;
    }
    assertTrue(checked > 1000, "checked " + checked);
  }

  @Test
  void thresholdDropsSmallEntriesAndLookupsLowercase() {
    LexicalTable all = LexicalTable.of(forward, reverse, 0);
    LexicalTable pruned = LexicalTable.of(forward, reverse, 0.01);
    assertTrue(pruned.size() < all.size(), pruned.size() + " < " + all.size());
    String[] pair = null;
    for (String line : Fixtures.lines("c1k.forward.ttable")) {
      String[] f = line.split("\t");
      double t = Math.exp(Double.parseDouble(f[2]));
      if (!f[0].equals(Vocabulary.NULL_WORD)
          && t > 0.5
          && !f[1].equals(f[1].toUpperCase(Locale.ROOT))) {
        pair = f;
        break;
      }
    }
    assertTrue(pair != null);
    assertEquals(
        all.forward(pair[0], pair[1]),
        pruned.forward(pair[0], pair[1].toUpperCase(Locale.ROOT)),
        0);
    assertEquals(0, pruned.forward(pair[0], "no-such-word"));
    assertEquals(0, pruned.reverse("no-such-word", pair[1]));
  }

  @Test
  void writesAndReadsTheSameTableAndTheSameBytes(@TempDir Path dir) throws IOException {
    LexicalTable table = LexicalTable.of(forward, reverse, 0.001);
    Path a = dir.resolve("a.tsv.gz");
    Path b = dir.resolve("b.tsv.gz");
    table.write(a);
    LexicalTable read = LexicalTable.read(a);
    read.write(b);
    assertEquals(table.size(), read.size());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    for (String line : Fixtures.lines("c1k.forward.ttable").subList(0, 200)) {
      String[] f = line.split("\t");
      assertEquals(table.forward(f[0], f[1]), read.forward(f[0], f[1]), 0, line);
      assertEquals(table.reverse(f[0], f[1]), read.reverse(f[0], f[1]), 0, line);
    }
  }

  @Test
  void badFilesAreNamed(@TempDir Path dir) throws IOException {
    Path notGzip = Files.writeString(dir.resolve("plain.tsv"), "tarjama-lexical-table 1\n");
    assertNamed(notGzip, "not a gzip file");
    assertNamed(gzip(dir, "header.gz", "something else\n"), "not a tarjama lexical table");
    assertNamed(gzip(dir, "fields.gz", LexicalTable.HEADER + "\na\tb\t0.5\n"), "line 2");
    assertNamed(
        gzip(dir, "number.gz", LexicalTable.HEADER + "\na\tb\t0.5\tx\n"), "bad probability \"x\"");
    assertNamed(gzip(dir, "range.gz", LexicalTable.HEADER + "\na\tb\t0.5\t1.5\n"), "not in [0, 1]");
  }

  @Test
  void likeliestTargetIsTheHighestForwardOfThePairsBothModelsKeep(@TempDir Path dir)
      throws IOException {
    LexicalTable table =
        LexicalTable.read(
            gzip(
                dir,
                "small.gz",
                LexicalTable.HEADER
                    + "\nكتاب\tbook\t0.6\t0.7"
                    + "\nكتاب\tthe\t0.8\t0" // highest forward, but the reverse model lacks it
                    + "\nكتاب\tbooks\t0.3\t0.2"
                    + "\nكتاب\t2\t0.9\t0.9" // highest both ways, but not accepted below
                    + "\nقلم\tpencil\t0.5\t0.4"
                    + "\nقلم\tpen\t0.5\t0.5"
                    + "\nقلم\tnib\t0.5\t0.5\n"));
    Predicate<String> letters = w -> w.chars().allMatch(Character::isLetter);
    assertEquals(Optional.of("book"), table.likeliestTarget("كتاب", letters));
    assertEquals(Optional.of("2"), table.likeliestTarget("كتاب", w -> true));
    // Equal both ways: the word first in String order.
    assertEquals(Optional.of("nib"), table.likeliestTarget("قلم", letters));
    assertEquals(Optional.empty(), table.likeliestTarget("قلم", w -> false));
    assertEquals(Optional.empty(), table.likeliestTarget("بيت", letters));
    assertTrue(table.hasTargetWord("Book"));
    // pairs of one word need not be adjacent in the file; a word only one model has gives none
    LexicalTable interleaved =
        LexicalTable.read(
            gzip(
                dir,
                "interleaved.gz",
                LexicalTable.HEADER
                    + "\nبيت\thouse\t0.4\t0.5"
                    + "\nقلم\tpen\t0.5\t0.5"
                    + "\nبيت\thome\t0.6\t0.3"
                    + "\nباب\tdoor\t0.9\t0\n"));
    assertEquals(Optional.of("home"), interleaved.likeliestTarget("بيت", letters));
    assertEquals(Optional.of("pen"), interleaved.likeliestTarget("قلم", letters));
    assertEquals(Optional.empty(), interleaved.likeliestTarget("باب", letters));
    assertTrue(table.hasTargetWord("the"));
    assertFalse(table.hasTargetWord("pens"));
  }

  @Test
  void wrongDirectionsAndThresholdsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> LexicalTable.of(reverse, forward, 0));
    assertThrows(IllegalArgumentException.class, () -> LexicalTable.of(forward, reverse, -0.1));
    assertThrows(
        IllegalArgumentException.class, () -> LexicalTable.of(forward, reverse, Double.NaN));
  }

  private static void assertNamed(Path file, String what) {
    IOException e = assertThrows(IOException.class, () -> LexicalTable.read(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(what), e.getMessage());
  }

  private static Path gzip(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }
}
