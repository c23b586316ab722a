package dev.tarjama.segment;

import static dev.tarjama.segment.SegmentationAssertions.assertValidSentences;
import static dev.tarjama.segment.SegmentationAssertions.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One table per rule of {@link ArabicSegmenter}'s class Javadoc. Each row is "input | expected
 * sentences", the sentences separated by {@code |}; expectations are written by hand.
 */
class ArabicSegmenterTest {
  private final ArabicSegmenter segmenter = new ArabicSegmenter();

  private void assertSentences(String input, String expected) {
    String text = EdgeCases.unescape(input);
    List<Sentence> sentences = segmenter.segment(text);
    assertValidSentences(text, sentences);
    assertEquals(Arrays.asList(EdgeCases.unescape(expected).split("\\|")), texts(sentences),
        () -> "input: " + input);
  }

  static Stream<EdgeCases> edgeCases() throws IOException {
    return EdgeCases.load().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edgeCases")
  void handWrittenEdgeCaseIsSegmentedAsMarked(EdgeCases edge) {
    List<Sentence> sentences = segmenter.segment(edge.text());
    assertValidSentences(edge.text(), sentences);
    assertEquals(edge.sentences(), texts(sentences));
    List<String> datelines = sentences.stream()
        .flatMap(s -> s.dateline().stream().map(d -> d.text(edge.text())))
        .toList();
    assertEquals(edge.dateline().stream().toList(), datelines);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edgeCases")
  void spansAreTheSpansOfSegmentInBothLineBreakModes(EdgeCases edge) {
    for (LineBreaks mode : LineBreaks.values()) {
      var modeSegmenter = new ArabicSegmenter(mode);
      assertEquals(
          modeSegmenter.segment(edge.text()).stream().map(Sentence::span).toList(),
          modeSegmenter.spans(edge.text()));
    }
  }

  @Test
  void edgeCaseFileCoversEveryRuleWithAtLeastEightyCases() throws IOException {
    List<EdgeCases> cases = EdgeCases.load();
    assertTrue(cases.size() >= 80, "only " + cases.size() + " edge cases");
    List<String> rules = cases.stream().map(EdgeCases::rule).distinct().toList();
    for (String rule : List.of("paragraph", "headline", "list-item", "full-stop", "question",
        "exclamation", "comma", "semicolon", "ellipsis", "quotation", "abbreviation-arabic",
        "abbreviation-latin", "initials", "era", "number-decimal", "number-date", "number-time",
        "number-ordinal", "dateline", "url", "email", "latin-text", "missing-space", "bidi",
        "acronym", "footnote", "bracketed-mark")) {
      assertTrue(rules.contains(rule), "no edge case for rule " + rule);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "عنوان بلا نقطة\\nوصل الوفد.; عنوان بلا نقطة|وصل الوفد.",
    "سطر أول\\r\\nسطر ثان; سطر أول|سطر ثان",
    "فقرة\\u2029فقرة أخرى; فقرة|فقرة أخرى",
    "فقرة\\n\\n\\nأخرى; فقرة|أخرى",
  })
  void paragraphBreakAlwaysEndsSentence(String input, String expected) {
    assertSentences(input, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "وصل الوفد إلى\\nالقاهرة. وبدأ\\nالاجتماع.; وصل الوفد إلى\\nالقاهرة.|وبدأ\\nالاجتماع.",
    "وقال د.\\nأحمد إن النتائج جيدة.; وقال د.\\nأحمد إن النتائج جيدة.",
    "عنوان الخبر\\n\\nوصل الوفد\\nإلى القاهرة.; عنوان الخبر|وصل الوفد\\nإلى القاهرة.",
    "عنوان الخبر\\r\\n  \\r\\nوصل الوفد.; عنوان الخبر|وصل الوفد.",
    "فقرة\\u2029فقرة أخرى; فقرة|فقرة أخرى",
    "انتهى\\n; انتهى",
  })
  void wrappedTextEndsSentencesOnlyAtEmptyLines(String input, String expected) {
    String text = EdgeCases.unescape(input);
    List<Sentence> sentences = new ArabicSegmenter(LineBreaks.WRAPPED).segment(text);
    assertValidSentences(text, sentences);
    assertEquals(Arrays.asList(EdgeCases.unescape(expected).split("\\|")), texts(sentences));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "وصل الوفد. وبدأ الاجتماع.; وصل الوفد.|وبدأ الاجتماع.",
    "هل انتهى؟ نعم.; هل انتهى؟|نعم.",
    "هل انتهى? نعم.; هل انتهى?|نعم.",
    "يا للهول! ماذا حدث؟; يا للهول!|ماذا حدث؟",
    "حقا؟! لا أصدق.; حقا؟!|لا أصدق.",
    "انتهى۔ وغادر.; انتهى۔|وغادر.",
    "لماذا؟وقال إنه سيعود.; لماذا؟|وقال إنه سيعود.",
  })
  void terminalPunctuationFollowedBySpaceEndsSentence(String input, String expected) {
    assertSentences(input, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "ووصف الاتفاق بأنه تاريخي (!) رغم كل شيء.; ووصف الاتفاق بأنه تاريخي (!) رغم كل شيء.",
    "وقال إنه (؟) لم يكن يعلم.; وقال إنه (؟) لم يكن يعلم.",
    "في احلك الظروف (...) كان حاضرا. وأضاف.; في احلك الظروف (...) كان حاضرا.|وأضاف.",
  })
  void terminalAloneInBracketsIsAnAside(String input, String expected) {
    assertSentences(input, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "زار القاهرة، والإسكندرية، وأسوان.; زار القاهرة، والإسكندرية، وأسوان.",
    "تراجعت الصادرات؛ وارتفعت الواردات.; تراجعت الصادرات؛ وارتفعت الواردات.",
    "وقال: إن العملية مستمرة.; وقال: إن العملية مستمرة.",
    "قال إنه متفائل.، وأضاف; قال إنه متفائل.، وأضاف",
  })
  void arabicCommaAndSemicolonNeverEndSentence(String input, String expected) {
    assertSentences(input, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "كان الوضع صعبا... لكننا صمدنا.; كان الوضع صعبا... لكننا صمدنا.",
    "وانتظرنا… ثم جاء الخبر.; وانتظرنا… ثم جاء الخبر.",
    "ذهب ولم يعد...\\nوبقيت العائلة.; ذهب ولم يعد...|وبقيت العائلة.",
    "انتهى الأمر؟... نعم.; انتهى الأمر؟...|نعم.",
  })
  void ellipsisFollowedByTextContinuesSentence(String input, String expected) {
    assertSentences(input, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "وقال: \"الوضع مستقر. لا داعي للقلق\".; وقال: \"الوضع مستقر.|لا داعي للقلق\".",
    "وقال: \"لن نستسلم.\" وأضاف.; وقال: \"لن نستسلم.\"|وأضاف.",
    "وقالت: «سنعمل معا.» ثم غادرت.; وقالت: «سنعمل معا.»|ثم غادرت.",
    "وكتب: “نحن فخورون!” وانتشرت.; وكتب: “نحن فخورون!”|وانتشرت.",
    "ووصفه بأنه \"تاريخي\". ورحبت به.; ووصفه بأنه \"تاريخي\".|ورحبت به.",
    "قال \"انتهى.\"\"وماذا بعد؟\"; قال \"انتهى.\"|\"وماذا بعد؟\"",
  })
  void fullStopInsideQuotationEndsSentenceAndClosingQuoteStays(String input, String expected) {
    assertSentences(input, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "وقال د. محمد إن النتائج جيدة.; وقال د. محمد إن النتائج جيدة.",
    "وحاضر أ.د. سمير في الجامعة.; وحاضر أ.د. سمير في الجامعة.",
    "وأشرف م. خالد على المشروع.; وأشرف م. خالد على المشروع.",
    "انظر ص. 45 من الكتاب.; انظر ص. 45 من الكتاب.",
    "دول عربية وأفريقية إلخ. ولم يحدد موعد.; دول عربية وأفريقية إلخ.|ولم يحدد موعد.",
    "والتقى Dr. Smith الوزير.; والتقى Dr. Smith الوزير.",
    "وأعلنت شركة Apple Inc. وقالت إن; وأعلنت شركة Apple Inc.|وقالت إن",
    "تعمل في (U.S.) منذ عام.; تعمل في (U.S.) منذ عام.",
    "انطلقت من U.S. officials said; انطلقت من U.S. officials said",
  })
  void abbreviationDotDoesNotEndSentenceUnlessTableAllows(String input, String expected) {
    assertSentences(input, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "اغتيل جون ف. كينيدي عام 1963.; اغتيل جون ف. كينيدي عام 1963.",
    "أطلقنا جون إف. كينيدي والحدود الجديدة.; أطلقنا جون إف. كينيدي والحدود الجديدة.",
    "وصرح ع. م. الحسيني بذلك.; وصرح ع. م. الحسيني بذلك.",
    "وكتبت J. K. Rowling الرواية.; وكتبت J. K. Rowling الرواية.",
    "نطق حرف u. ويختلف ذلك.; نطق حرف u.|ويختلف ذلك.",
    "ولد عام 1950 م. وتوفي في القاهرة.; ولد عام 1950 م.|وتوفي في القاهرة.",
    "بنيت عام 500 ق.م. وازدهرت.; بنيت عام 500 ق.م.|وازدهرت.",
    "باريس (أ.ف.ب.) - أعلنت الشرطة.; باريس (أ.ف.ب.) - أعلنت الشرطة.",
  })
  void initialsDoNotEndSentenceExceptEraMarkers(String input, String expected) {
    assertSentences(input, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "على قناة سي إن إن. ولم يعلق.; على قناة سي إن إن.|ولم يعلق.",
    "على قناة أي تي في. وذكرت المصادر.; على قناة أي تي في.|وذكرت المصادر.",
    "جون إف. كينيدي رئيسا.; جون إف. كينيدي رئيسا.",
    "طائرات ميغ 29 إس. إم. تي المجهزة.; طائرات ميغ 29 إس. إم. تي المجهزة.",
    "فقال: اتصل بي. ثم أغلق.; فقال: اتصل بي.|ثم أغلق.",
  })
  void spelledLatinLetterIsAnInitialUnlessItEndsAnAcronym(String input, String expected) {
    assertSentences(input, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "على موقع الاتفاقية.()\\nوستعقد الدورة.; على موقع الاتفاقية.()|وستعقد الدورة.",
    "إلى ارتفاع الإنتاج.(12) وتوقع المزيد.; إلى ارتفاع الإنتاج.(12)|وتوقع المزيد.",
    "إلى ارتفاع الإنتاج. (3) وتوقع المزيد.; إلى ارتفاع الإنتاج.|(3) وتوقع المزيد.",
    "انتهى. (وكان ذلك متوقعا).; انتهى.|(وكان ذلك متوقعا).",
  })
  void footnoteMarkerAfterSentenceEndStaysWithIt(String input, String expected) {
    assertSentences(input, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "ارتفع النمو إلى 3.5 في المائة.; ارتفع النمو إلى 3.5 في المائة.",
    "بلغ التضخم ١٢٫٥ في المائة.; بلغ التضخم ١٢٫٥ في المائة.",
    "بلغ التضخم ١٢.٥ في المائة.; بلغ التضخم ١٢.٥ في المائة.",
    "وقعت في 13.04.2017 قرب الحدود.; وقعت في 13.04.2017 قرب الحدود.",
    "تبدأ في الساعة 10.30 صباحا.; تبدأ في الساعة 10.30 صباحا.",
    "جاء في المركز 3. وتقدم عليه فريقان.; جاء في المركز 3.|وتقدم عليه فريقان.",
    "1. تعزيز التعاون\\n2. مكافحة الفقر; 1. تعزيز التعاون|2. مكافحة الفقر",
    "1. تعزيز التعاون. 2. مكافحة الفقر.; 1. تعزيز التعاون.|2. مكافحة الفقر.",
    "IV. الأحكام الختامية; IV. الأحكام الختامية",
    "قتل 25 شخصا عام 2017. وكان ذلك أسوأ هجوم.; قتل 25 شخصا عام 2017.|وكان ذلك أسوأ هجوم.",
  })
  void numbersDatesTimesAndListNumberingStayWhole(String input, String expected) {
    assertSentences(input, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "زوروا www.aljazeera.net/live اليوم.; زوروا www.aljazeera.net/live اليوم.",
    "زوروا https://www.un.org/ar/index.html. وتتوفر الوثائق.; زوروا https://www.un.org/ar/index.html.|وتتوفر الوثائق.",
    "على http://x.org/a?b=1!وقال ذلك.; على http://x.org/a?b=1!وقال ذلك.",
    "راسلوا info@example.com. وسيرد.; راسلوا info@example.com.|وسيرد.",
    "أرسلوا إلى press.office@un.org قبل الموعد.; أرسلوا إلى press.office@un.org قبل الموعد.",
  })
  void urlsAndEmailAddressesStayWhole(String input, String expected) {
    assertSentences(input, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "وكتب: I will not resign. ثم حذف التغريدة.; وكتب: I will not resign.|ثم حذف التغريدة.",
    "Is this true? قال المراسل ذلك.; Is this true?|قال المراسل ذلك.",
    "ويعني e.g. على سبيل المثال.; ويعني e.g. على سبيل المثال.",
    "وقال. and then he left; وقال. and then he left",
  })
  void latinTextInsideArabicIsOrdinaryText(String input, String expected) {
    assertSentences(input, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "وأكد أن الحكومة ملتزمة.وأضاف أن النتائج قريبة.; وأكد أن الحكومة ملتزمة.|وأضاف أن النتائج قريبة.",
    "وانتهى الاجتماع.\"لقد كان مثمرا\"، قال.; وانتهى الاجتماع.|\"لقد كان مثمرا\"، قال.",
    "وقتل عام 2017.وكان ذلك; وقتل عام 2017.|وكان ذلك",
  })
  void fullStopWithoutFollowingSpaceEndsSentenceAfterArabicWord(String input, String expected) {
    assertSentences(input, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "انتهى.\\u200f وغادر.; انتهى.|وغادر.",
    "\\u200fهل انتهى؟\\u200f \\u200fنعم.; هل انتهى؟|نعم.",
    "وصل \\u202bالوفد\\u202c. ثم غادر.; وصل \\u202bالوفد\\u202c.|ثم غادر.",
    "انتهى\\u200d.\\u200e\\u202c وغادر.; انتهى\\u200d.|وغادر.",
    "\\ufeffبداية النص.; بداية النص.",
  })
  void formatCharactersAreLookedThrough(String input, String expected) {
    assertSentences(input, expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "موسكو 13 أبريل 2017 (شينخوا) - أعلنت الوزارة.; موسكو 13 أبريل 2017 (شينخوا) -",
    "القاهرة - رويترز: قال مسؤولون.; القاهرة - رويترز:",
    "القاهرة- أ.ش.أ: قال مسؤولون.; القاهرة- أ.ش.أ:",
    "بغداد 15-7 (أ ف ب) - توجهت مجموعة.; بغداد 15-7 (أ ف ب) -",
    "نيقوسيا ١٥ - ٧ (اف ب) - في ما يلي.; نيقوسيا ١٥ - ٧ (اف ب) -",
    "واشنطن (رويترز) - قال البيت الأبيض.; واشنطن (رويترز) -",
    "لندن، 5 مايو (د ب أ) - ارتفع الجنيه.; لندن، 5 مايو (د ب أ) -",
    "رام الله - وفا: اعتقلت القوات.; رام الله - وفا:",
    "دمشق، الخميس 12 حزيران/يونيو (سانا) - افتتح المعرض.; دمشق، الخميس 12 حزيران/يونيو (سانا) -",
    "أبو ظبي (وام) -- أعلنت الحكومة.; أبو ظبي (وام) --",
    "رفح (قطاع غزة) ١٥-٧ (اف ب) - بدأ فتيان دورة.; رفح (قطاع غزة) ١٥-٧ (اف ب) -",
    "نيويورك (وكالات الأنباء) ـ قالت صحيفة.; نيويورك (وكالات الأنباء) ـ",
    "القاهرة - «الحياة» - توقع وزير التخطيط نموا.; القاهرة - «الحياة» -",
    "بيروت - \"النهار\": قال النائب.; بيروت - \"النهار\":",
  })
  void newsDatelineStaysWithSentenceAndIsReported(String input, String dateline) {
    List<Sentence> sentences = segmenter.segment(input);
    assertEquals(1, sentences.size(), () -> texts(sentences).toString());
    Sentence sentence = sentences.get(0);
    assertEquals(Optional.of(dateline), sentence.dateline().map(d -> d.text(input)));
    assertEquals(input.substring(dateline.length()).strip(), sentence.body().text(input));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "قال الرئيس - في كلمة له - إن البلاد تمر بمرحلة صعبة.",
    "ارتفع سعر النفط (برنت) - وفق التقارير.",
    "ارتفع سعر (خام) برنت (الأمريكي) - وفق التقارير.",
    "قال الرئيس - \"بوضوح\" وأمام الجميع - إن البلاد بخير.",
    "البند 5 (ب) من جدول الأعمال",
    "قرارا مجلس الأمن 1267 (1999) و 1989 (2011)",
    "وتنص المادتان 55 (1) و(2) من القانون على المصادرة.",
    "وصل الوفد إلى القاهرة.",
    "القاهرة - رويترز",
    "13 أبريل (شينخوا) - أعلنت الوزارة.",
    "وقال. موسكو (رويترز) - أعلنت الوزارة.",
  })
  void noDatelineWhereNoneIs(String input) {
    for (Sentence sentence : segmenter.segment(input)) {
      assertEquals(Optional.empty(), sentence.dateline(), () -> "in: " + sentence.text());
    }
  }

  @Test
  void datelineOnlyAtParagraphStart() {
    String text = "عنوان الخبر\nالقاهرة (رويترز) - قال مسؤولون إن الحكومة ستخفض الدعم.";
    List<Sentence> sentences = segmenter.segment(text);
    assertEquals(2, sentences.size());
    assertEquals(Optional.empty(), sentences.get(0).dateline());
    assertEquals("القاهرة (رويترز) -", sentences.get(1).dateline().orElseThrow().text(text));
  }

  @Test
  void sentenceOffsetsPointIntoTheOriginalText() {
    String text = "  وصل الوفد.  \n وبدأ الاجتماع؟ ";
    List<Sentence> sentences = segmenter.segment(text);
    assertEquals(List.of(new Span(2, 12), new Span(16, 30)),
        sentences.stream().map(Sentence::span).toList());
    assertValidSentences(text, sentences);
  }

  @Test
  void oneWordIsOneSentence() {
    assertEquals(List.of("وصل"), texts(segmenter.segment("وصل")));
  }

  @Test
  void segmenterIsSafeToShareBetweenThreads() throws Exception {
    List<String> inputs = EdgeCases.load().stream().map(EdgeCases::text).toList();
    List<List<Sentence>> expected = inputs.stream().map(segmenter::segment).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < inputs.size(); i++) {
            if (!ArabicSegmenter.INSTANCE.segment(inputs.get(i)).equals(expected.get(i))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void sharedInstanceBehavesLikeANewOne() {
    String text = "وصل الوفد. وبدأ الاجتماع.";
    assertEquals(new ArabicSegmenter().segment(text), ArabicSegmenter.INSTANCE.segment(text));
  }
}
