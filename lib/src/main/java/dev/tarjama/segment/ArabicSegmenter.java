package dev.tarjama.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Splits Arabic news text into sentences, reports news datelines, and splits over-long sentences
 * into clauses for translation.
 *
 * <p>Rules, in the order they apply (each has a test in {@code ArabicSegmenterTest}):
 *
 * <ol>
 *   <li><b>Paragraphs.</b> A line break (LF, CR, VT, FF, NEL, U+2028, U+2029) always ends a
 *       sentence, so headlines and list items without final punctuation stand alone. For
 *       hard-wrapped text, {@link LineBreaks#WRAPPED} makes a single line break a space and only
 *       an empty line or U+2029 a paragraph break.
 *   <li><b>Terminals.</b> Only {@code .} {@code !} {@code ?} {@code ؟} {@code ۔} and the ellipsis
 *       ({@code …} or three or more full stops) can end a sentence. A run of them ("؟!", "..."),
 *       the closing quotes and brackets right after it, and a footnote reference written
 *       directly after it ("()" or "(12)", as in UN documents) stay with the sentence.
 *   <li><b>Bracketed marks.</b> A terminal run alone in brackets, "(!)", "(؟)", "(...)", is an
 *       aside or an omission mark and never ends a sentence.
 *   <li><b>Commas and semicolons.</b> {@code ،} {@code ؛} {@code ,} {@code ;} and {@code :} never
 *       end a sentence; a terminal followed by one of them, or by a lower-case Latin letter, does
 *       not either.
 *   <li><b>Strong marks.</b> {@code !} {@code ?} {@code ؟} {@code ۔} end the sentence when
 *       whitespace follows, or when an Arabic letter or opening quote follows directly.
 *   <li><b>Ellipsis.</b> An ellipsis followed by text on the same line does not end the sentence
 *       (measured: 10 of 12 such ellipses in NTREX, FLORES, TICO, UN and Tatoeba continue the
 *       sentence; in PADT's original Arabic newswire 23 of 25 ellipses are inside a unit).
 *   <li><b>Quotations.</b> Quotes do not protect their content: a full stop inside a quotation ends
 *       a sentence as it does outside (measured on NTREX: 339 of 346 full stops inside a quotation
 *       end a sentence; UN 26 of 26). A closing {@code "} is told from an opening one by parity
 *       within the paragraph.
 *   <li><b>Numbers.</b> A full stop with no whitespace after it is not a boundary unless an Arabic
 *       letter or opening quote follows: decimals ({@code 3.5}; {@code ١٢٫٥} uses U+066B), dates
 *       ({@code 13.04.2017}) and times ({@code 10.30}) stay whole. A number of up to three digits or
 *       a Roman numeral opening a sentence with a full stop ({@code 1.} {@code ١٢.} {@code IV.})
 *       is list numbering.
 *   <li><b>Abbreviations.</b> Words listed in {@code abbreviations.txt} as {@code TITLE} ("د.",
 *       "أ.د.", "Dr.", "No.") never end a sentence; {@code MAY_END} ones ("إلخ.", "ق.م.", "U.S.",
 *       "Inc.") end it unless Latin text or a digit follows.
 *   <li><b>Initials.</b> A single letter with a full stop, or several ("أ.ف.ب.", "J.K."), is an
 *       initial. Arabic initials never end a sentence unless they follow a number, where they are
 *       era or unit markers ("1950 م."); Latin initials end one unless Latin text follows.
 *   <li><b>Spelled Latin letters.</b> A Latin letter written in Arabic ({@code letter-names.txt})
 *       is a name initial ("جون إف. كينيدي") unless it ends a spelled acronym, where the full
 *       stop may end the sentence ("على قناة سي إن إن.").
 *   <li><b>Missing space.</b> A full stop directly followed by an Arabic letter ends the sentence
 *       when the word before it is an Arabic word of two or more letters or a number
 *       ("الحماقة.وقال").
 *   <li><b>URLs and e-mail.</b> Inside a token that contains {@code ://}, starts with
 *       {@code www.} or contains {@code @}, punctuation followed by more of the token is never a
 *       boundary; a full stop after the address ends the sentence as usual.
 *   <li><b>Latin text.</b> Latin words inside Arabic are ordinary words; a terminal followed by a
 *       lower-case Latin word does not end a sentence.
 *   <li><b>Datelines.</b> The first sentence of a paragraph may open with a dateline (see {@link
 *       DatelineDetector}); it stays in the sentence and is reported as {@link Sentence#dateline()}.
 *   <li><b>Invisible characters.</b> Bidi controls, ZWJ, ZWNJ and other format characters (Unicode
 *       Cf) are looked through, never start or end a sentence span, and never cause a boundary.
 * </ol>
 *
 * <p>Output contract (of {@link #segment} and of {@link #spans}, which returns the same spans
 * without texts and datelines): sentences are returned in text order, do not overlap, never start
 * or end with whitespace or a format character, and together with the gaps between them rebuild
 * the input exactly. Work is linear in the input length. Any string is accepted, including unpaired
 * surrogates; no span ever separates a surrogate pair.
 *
 * <p>Thread safety: instances are immutable and stateless; one instance, such as {@link
 * #INSTANCE}, may be shared by any number of threads. Datelines are looked for after any line
 * break in both {@link LineBreaks} modes.
 */
public final class ArabicSegmenter {
  /** A shared instance; equivalent to {@code new ArabicSegmenter()}. */
  public static final ArabicSegmenter INSTANCE = new ArabicSegmenter();

  private final LineBreaks lineBreaks;

  /**
   * Creates a segmenter for news text, where every line break ends a sentence ({@link
   * LineBreaks#PARAGRAPHS}). The rule tables are loaded once per class, not per instance.
   */
  public ArabicSegmenter() {
    this(LineBreaks.PARAGRAPHS);
  }

  /**
   * Creates a segmenter that reads line breaks as given.
   *
   * @throws NullPointerException if {@code lineBreaks} is null
   */
  public ArabicSegmenter(LineBreaks lineBreaks) {
    this.lineBreaks = Objects.requireNonNull(lineBreaks, "lineBreaks");
  }

  /**
   * Splits {@code text} into sentences.
   *
   * @param text the text to segment; any length, any content
   * @return the sentences in text order; empty when the text is empty, blank or invisible
   * @throws NullPointerException if {@code text} is null
   */
  public List<Sentence> segment(String text) {
    List<Span> spans = spans(text);
    List<Sentence> sentences = new ArrayList<>(spans.size());
    for (Span span : spans) {
      Optional<Span> dateline =
          startsParagraph(text, span.start())
              ? DatelineDetector.find(text, span.start(), span.end())
              : Optional.empty();
      sentences.add(new Sentence(span.start(), span.end(), span.text(text), dateline));
    }
    return Collections.unmodifiableList(sentences);
  }

  /**
   * The sentence spans of {@code text} alone: the same spans, by the same rules, as {@link
   * #segment(String)} returns, without copying each sentence's text and without looking for
   * datelines. For callers that only need offsets or process a large text (as {@link
   * java.text.BreakIterator} and OpenNLP's {@code sentPosDetect} return offsets): each {@link
   * Sentence} holds its own copy of its text, so {@code segment} allocates at least the size of
   * the input again, while {@code spans} allocates little beyond one {@link Span} per sentence.
   *
   * @param text the text to segment; any length, any content
   * @return the spans in text order, offsets into {@code text}; empty when the text is empty,
   *     blank or invisible
   * @throws NullPointerException if {@code text} is null
   */
  public List<Span> spans(String text) {
    Objects.requireNonNull(text, "text");
    return Collections.unmodifiableList(new BoundaryScanner(text, lineBreaks).scan());
  }

  /**
   * Splits one sentence of {@code text} into pieces of at most {@code maxTokens} model tokens, at
   * clause boundaries: after {@code ؛}, then after {@code ،}, then before a clause-opening
   * conjunction {@code و}, then at any whitespace, choosing the candidate nearest the middle of
   * the piece; a run without whitespace that alone exceeds the limit is cut between code points.
   * A sentence that fits is returned as one piece.
   *
   * @param text the text the sentence belongs to
   * @param sentence the span to split, in offsets of {@code text}
   * @param maxTokens the largest number of tokens a piece may have; at least 1
   * @param tokenCounter counts the model tokens of a piece of text (called on substrings)
   * @return pieces in text order, as spans of {@code text} without leading or trailing blanks;
   *     empty when the sentence is blank. A piece exceeds {@code maxTokens} only if a single code
   *     point does.
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code maxTokens < 1} or the span does not fit the text
   */
  public List<Span> splitClauses(
      String text, Span sentence, int maxTokens, ToIntFunction<String> tokenCounter) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(tokenCounter, "tokenCounter");
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be >= 1, got " + maxTokens);
    }
    if (sentence.end() > text.length()) {
      throw new IllegalArgumentException(
          "sentence " + sentence + " does not fit a text of length " + text.length());
    }
    return ClauseSplitter.split(text, sentence, maxTokens, tokenCounter);
  }

  /**
   * Splits a whole sentence string; the returned spans are offsets into {@code sentence}. Same
   * rules as {@link #splitClauses(String, Span, int, ToIntFunction)}.
   */
  public List<Span> splitClauses(
      String sentence, int maxTokens, ToIntFunction<String> tokenCounter) {
    Objects.requireNonNull(sentence, "sentence");
    return splitClauses(sentence, new Span(0, sentence.length()), maxTokens, tokenCounter);
  }

  /** Whether only blanks stand between the last line break (or the text start) and {@code at}. */
  private static boolean startsParagraph(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (ArabicChars.isLineBreak(c)) {
        return true;
      }
      if (!ArabicChars.isBlank(c)) {
        return false;
      }
    }
    return true;
  }
}
