/**
 * Rule-based Arabic sentence segmentation for news prose: {@link dev.tarjama.segment.ArabicSegmenter}
 * splits running text into {@link dev.tarjama.segment.Sentence} spans, reports news datelines and
 * splits over-long sentences at clause boundaries for translation.
 *
 * <p>JDK only: this package must not import anything outside {@code java.*}.
 */
package dev.tarjama.segment;
