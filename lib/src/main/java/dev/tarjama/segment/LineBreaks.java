package dev.tarjama.segment;

/** How {@link ArabicSegmenter} reads line breaks. */
public enum LineBreaks {
  /**
   * Every line break ends a sentence: the text has one paragraph, headline or list item per line,
   * as news text does. The default.
   */
  PARAGRAPHS,
  /**
   * The text is hard-wrapped: a single line break is a space, and only an empty line (a line of
   * blanks) or U+2029 PARAGRAPH SEPARATOR ends a sentence by itself. Headlines need an empty line
   * after them.
   */
  WRAPPED
}
