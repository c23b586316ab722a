package dev.tarjama.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AlignmentHtmlTest {

  private static Alignment alignment(String source, String target, List<AlignmentLink> links) {
    return new Alignment(
        source, target, WordTokenizer.tokenize(source), WordTokenizer.tokenize(target), links);
  }

  private static int count(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void onePairPerAlignmentWithArabicRightToLeftAboveEnglish() {
    Alignment a =
        alignment(
            "ابتسمت نانسي.",
            "Nancy smiled.",
            List.of(new AlignmentLink(0, 1, 0.9f), new AlignmentLink(1, 0, 0.5f)));
    Alignment b = alignment("", "x", List.of());
    String html = AlignmentHtml.render("Seed <article>", "model: fixture", List.of(a, b));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertEquals(2, count(html, "<div class=\"pair\""));
    assertEquals(2, count(html, "<div class=\"row ar\" dir=\"rtl\" lang=\"ar\">"));
    assertTrue(html.indexOf("class=\"row ar\"") < html.indexOf("class=\"row en\""));
    assertTrue(html.contains("data-links=\"0-1:0.900 1-0:0.500\""));
    assertTrue(html.contains("<span class=\"w\" data-i=\"0\">ابتسمت</span>"));
    // The unlinked "." on both sides is shown greyed out.
    assertEquals(2, count(html, "<span class=\"w off\" data-i=\"2\">\\.</span>"));
    assertTrue(html.contains("<title>Seed &lt;article&gt;</title>"));
    assertFalse(html.contains("<script src"), "self-contained");
    assertFalse(html.contains("<link "), "self-contained");
    assertTrue(html.contains("onmouseenter"));
  }

  @Test
  void escapesMarkupInWords() {
    Alignment a = alignment("<b>", "a&b \"q\"", List.of(new AlignmentLink(0, 0, 1f)));
    String html = AlignmentHtml.render("t", "", List.of(a));
    assertTrue(html.contains(">&lt;</span>"));
    assertTrue(html.contains(">&amp;</span>"));
    assertTrue(html.contains(">&quot;</span>"));
    assertFalse(html.contains("<b>"));
  }
}
