package dev.tarjama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tarjama.align.Alignment;
import dev.tarjama.align.AlignmentLink;
import dev.tarjama.align.LexicalTable;
import dev.tarjama.align.WordTokenizer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordRepairTest {
  @TempDir static Path dir;
  private static LexicalTable table;

  /** Arabic TAB English TAB t(en|ar) TAB t(ar|en), as in lexical_table.tsv.gz. */
  @BeforeAll
  static void writeTable() throws IOException {
    String rows =
        String.join(
            "\n",
            "إسبانيا\tspain\t0.9\t0.8",
            "إسبانيا\tspanish\t0.05\t0.1",
            "المسرح\ttheater\t0.5\t0.4",
            "المسرح\ttheatre\t0.3\t0.5",
            "مسرح\tstage\t0.4\t0.3",
            "روسيا\trussia\t0.9\t0.9",
            // a rare word fast_align links to "the" one way only, and to no letters-only word
            "السراعيف\tthe\t0.7\t0",
            "السراعيف\t2\t0.3\t0.1",
            "سامي\tsami\t0.9\t0.9",
            "درس\tstudied\t0.6\t0.5",
            "the\tthe\t0.9\t0.9",
            "من\tfrom\t0.5\t0.5",
            "في\tin\t0.5\t0.5",
            "nasa\tnasa\t0.9\t0.9",
            "أعلنت\tannounced\t0.5\t0.5",
            "و\tand\t0.5\t0.5",
            "ل\tfor\t0.5\t0.5");
    Path file = dir.resolve("table.tsv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(("tarjama-lexical-table 1\n" + rows + "\n").getBytes(StandardCharsets.UTF_8));
    }
    table = LexicalTable.read(file);
  }

  /** An alignment of WordTokenizer words with links "source-target" (weight 1, or -weight). */
  private static Alignment aligned(String source, String target, String pharaoh) {
    List<AlignmentLink> links = new ArrayList<>();
    for (String pair : pharaoh.split(" ")) {
      if (!pair.isEmpty()) {
        String[] st = pair.split("[-/]");
        float weight = st.length > 2 ? Float.parseFloat(st[2]) : 1f;
        links.add(new AlignmentLink(Integer.parseInt(st[0]), Integer.parseInt(st[1]), weight));
      }
    }
    return new Alignment(
        source, target, WordTokenizer.tokenize(source), WordTokenizer.tokenize(target), links);
  }

  private static String repair(Alignment alignment) {
    return TextEdit.apply(alignment.target(), WordRepair.edits(alignment, table));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "درس سامي المسرح.|Sami studied theat.|1-0 0-1 2-2 3-3|Sami studied theater.",
        // capitalised like the made-up word
        "إسبانيا|Sponia|0-0|Spain",
        "إسبانيا|in sponia|0-1|in spain",
        // the clitic و is stripped when the word as written is not in the table
        "وإسبانيا|and Sponia|0-0 0-1|and Spain",
        // و before وال: the table has المسرح, the form the corpus writes
        "والمسرح|and theato|0-0 0-1|and theater",
        // a stem the table has only without ال
        "ومسرح|and stageo|0-0 0-1|and stage",
        // the strongest link decides: here the one to روسيا
        "إسبانيا روسيا|Russsia|0-0/0.2 1-0/0.9|Russia",
        // equal links: the first Arabic word
        "إسبانيا روسيا|Russsia|0-0/0.5 1-0/0.5|Spain",
        // the first letter's case is kept, the rest is the table's
        "إسبانيا|SPONIA|0-0|Spain",
        // a Latin-script word of the Arabic is copied as written, not looked up lowercase
        "أعلنت NASA اليوم|The Nassa announced|1-1 0-2|The NASA announced",
      })
  void aMadeUpWordBecomesTheTablesTranslationOfItsLinkedWord(
      String source, String target, String links, String repaired) {
    assertTrue(WordRepair.mayRepair(target, table));
    assertEquals(repaired, repair(aligned(source, target, links)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // not linked
        "إسبانيا|Sponia|",
        // the translation is already in the English
        "إسبانيا إسبانيا|Spain and Sponia|0-0 1-2",
        // not a whole letters-only word
        "إسبانيا|Sponia's|0-0",
        // the Latin-script word is already in the English, whatever its case
        "أعلنت NASA|Nasa announced Nassa|0-1 1-0 1-2",
        // no pair both models keep with a letters-only word
        "السراعيف|Mantisses|0-0",
        // a word the table does not know on the Arabic side, with no clitic to strip
        "تيلرسون|Tilirson|0-0",
        // a clitic is stripped only when two letters remain
        "ول|Wl|0-0",
      })
  void otherwiseTheMadeUpWordIsKept(String source, String target, String links) {
    assertEquals(target, repair(aligned(source, target, links == null ? "" : links)));
  }

  @Test
  void twoMadeUpWordsOfOneArabicWordGiveItsTranslationOnce() {
    assertEquals("Spain Sponix", repair(aligned("إسبانيا", "Sponia Sponix", "0-0 0-1")));
  }

  @Test
  void onlyLettersOnlyWordsTheTableLacksAreMadeUp() {
    assertFalse(WordRepair.mayRepair("Sami studied THEATER in Russia.", table));
    assertFalse(WordRepair.mayRepair("H5N1 3rd 2x", table));
    assertTrue(WordRepair.mayRepair("Sami studied theat.", table));
    assertFalse(WordRepair.mayRepair("", table));
    assertFalse(WordRepair.mayRepair(" \n ", table));
    assertEquals("Sami studied 2x", repair(aligned("سامي درس السراعيف", "Sami studied 2x", "2-2")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "المسرح|theater",
        "مسرح|stage",
        // a clitic: ف leaves المسرح, which the table has
        "فالمسرح|theater",
        // harakat, shadda and tatweel are not in the table's words
        "المَسْرَح|theater",
        "المســرح|theater",
        // an attached pronoun: "his stage", "their stage", "and our stage" are looked up as "stage"
        "مسرحه|stage",
        "مسرحهم|stage",
        "ومسرحنا|stage",
        "كتاب|",
      })
  void translationsAreLookedUpAsWrittenThenWithoutMarksCliticsAndPronouns(
      String arabic, String english) {
    assertEquals(Optional.ofNullable(english), WordRepair.translation(arabic, table));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "وَمَسْرَحُهُ|وَمَسْرَحُهُ ومسرحه مسرحه ومسرح مسرح",
        // a cut leaves at least two letters: not ه from له
        "وله|وله له ول",
        "لها|لها ها",
        "مسرح|مسرح",
      })
  void formsComeInOrderWithoutRepeatsAndLeaveTwoLetters(String arabic, String forms) {
    assertEquals(List.of(forms.split(" ")), WordRepair.forms(arabic));
  }

  @Test
  void numberAndWordEditsMakeOneRepairedText() {
    Alignment alignment =
        aligned(
            "درس سامي المسرح عام 1976", "Sami studied theat in 1967", "1-0 0-1 2-2 3-3 4-4");
    List<TextEdit> edits = new ArrayList<>(NumberRepair.edits(alignment));
    edits.addAll(WordRepair.edits(alignment, table));
    assertEquals("Sami studied theater in 1976", TextEdit.apply(alignment.target(), edits));
  }
}
