package dev.tarjama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tarjama.align.Alignment;
import dev.tarjama.align.AlignmentLink;
import dev.tarjama.align.WordTokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberRepairTest {

  /** An alignment of WordTokenizer words with links given as "source-target" word indices. */
  private static Alignment aligned(String source, String target, String pharaoh) {
    List<AlignmentLink> links = new ArrayList<>();
    for (String pair : pharaoh.split(" ")) {
      if (!pair.isEmpty()) {
        String[] st = pair.split("-");
        links.add(new AlignmentLink(Integer.parseInt(st[0]), Integer.parseInt(st[1]), 1f));
      }
    }
    return new Alignment(
        source, target, WordTokenizer.tokenize(source), WordTokenizer.tokenize(target), links);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // scrambled digits, Arabic-Indic in the source
        "ولد في عام ١٩٧٦ في بغداد|He was born in 1967 in Baghdad|0-2 3-4 5-6|"
            + "He was born in 1976 in Baghdad",
        // digits glued to letters: the letters stay
        "الذكرى 78 لتأسيسها|the 738th anniversary|1-1 0-2|the 78th anniversary",
        // the Arabic thousands separator is written the English way
        "نحو ١٬٥٠٠ منزل|about 1,050 houses|0-0 1-1 2-2|about 1,500 houses",
        // a repeated source number may be put back once more than the English has it
        "5 كتب و5 أقلام|5 books and 6 pens|0-0 1-1 2-2 2-3 3-4|5 books and 5 pens",
        // a number inside a longer run of digits
        "عام 1979|in 199679.|0-0 1-1|in 1979.",
        // Extended Arabic-Indic digits
        "ولد عام ۱۹۷۶|born in 1967|0-0 1-2 2-2|born in 1976",
        // a dropped decimal point is a different number; the Arabic separator becomes a point
        "بنسبة ٣٫٥٪|by 35%|0-0 1-1 1-2|by 3.5%",
        // no link decides, but it is the English's one foreign number and the source lacks one
        "ولد في عام ١٩٧٦ في بغداد|He was born in 1990 in Baghdad|0-0 0-1 0-2 1-3 2-4 4-5 5-6|"
            + "He was born in 1976 in Baghdad",
        "عام 1976 وعام 1981|in 1976 and 1967|1-1 1-3|in 1976 and 1981",
        // one number repaired through its link: the other is not guessed
        "عام 1976 وعام 1981 و1990|in 1967 and 1910|1-1|in 1976 and 1910",
      })
  void aNumberTheSourceLacksBecomesTheOneLinkedSourceNumberTheEnglishLacks(
      String source, String target, String links, String repaired) {
    assertTrue(NumberRepair.mayRepair(source, target));
    assertEquals(repaired, NumberRepair.repair(aligned(source, target, links)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // two source numbers linked, neither in the English: which one is unknown
        "بين ١٩٧٦ و١٩٨١|between 1967 and 1918|0-0 1-1 2-1 1-3 2-3",
        // the linked source number is already in the English, and the source lacks two others
        "عام 1976 وعام 1981 و1990|in 1976 and 1967|1-1 1-3",
        // unlinked, but one of two numbers no source number is the same as
        "عام 1976|in 1967 and 12|",
        // unlinked, and the source lacks two numbers
        "بين ١٩٧٦ و١٩٨١|between 1967|",
        // a foreign number linked to no word with a number
        "كتب كثيرة|many 12 books|1-0 1-1 0-2",
        // not linked at all
        "عام 1976|in 1976 and 12|1-1",
        // a number written in words in the source
        "ثلاثة كتب|3 books|0-0 1-1",
        // leading zeros do not make another number
        "في اليوم 05|on day 5|0-0 1-1 2-2",
      })
  void otherwiseTheEnglishIsKept(String source, String target, String links) {
    assertEquals(target, NumberRepair.repair(aligned(source, target, links == null ? "" : links)));
  }

  @Test
  void anAlignmentIsAskedForOnlyWhenARepairIsPossible() {
    assertFalse(NumberRepair.mayRepair("بلغ العدد 1000 شخص", "It reached 1,000 people"));
    assertFalse(NumberRepair.mayRepair("عام ١٩٧٦", "in 1976"));
    assertFalse(NumberRepair.mayRepair("نسبة ٣٫٥٪", "a rate of 3.5%"));
    assertFalse(NumberRepair.mayRepair("كتب", "books"));
    assertFalse(NumberRepair.mayRepair("", ""));
    assertFalse(NumberRepair.mayRepair("   ", "3"));
    // a foreign number, but no source number the English lacks
    assertFalse(NumberRepair.mayRepair("ثلاثة كتب", "3 books"));
    assertFalse(NumberRepair.mayRepair("القرن 19", "the 19th century, 3 times"));
    assertTrue(NumberRepair.mayRepair("عام ١٩٧٦", "in 1967"));
    assertTrue(NumberRepair.mayRepair("5 كتب و5 أقلام", "5 books and 6 pens"));
    String kept = "It reached 1,000 people";
    assertEquals(kept, NumberRepair.repair(aligned("بلغ العدد 1000 شخص", kept, "0-1 2-2 3-3")));
    assertEquals("", NumberRepair.repair(aligned("", "", "")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"1,000|1000", "1.000.000|1000000", "3.5|3.5", "05|5", "0|0", "0.5|0.5", "007.5|7.5"})
  void aNumbersValueIgnoresGroupingAndLeadingZeros(String number, String value) {
    assertEquals(value, NumberRepair.value(number));
  }
}
