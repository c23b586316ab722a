/**
 * Support for {@code SegmentBenchmark}: boundary gold data (NTREX-128, UN dev, PADT, hand-written
 * edge cases), the segmenters compared, and boundary precision/recall/F1.
 *
 * <p>PADT is CC BY-NC-SA: its gold text is rebuilt from {@code ../shared/data} at run time and is
 * never written into the repository.
 */
package dev.tarjama.examples.segbench;
