package dev.tarjama.eval;

import java.util.List;

/**
 * The sufficient statistics of one metric on one segment or a whole corpus: the numbers a score
 * is computed from. Corpus statistics are the element-wise sums of the segment statistics, which
 * is what makes corpus scores and resampling tests cheap.
 */
public sealed interface Statistics permits BleuStatistics, ChrfStatistics, TerStatistics {

  /** The statistics as sacreBLEU's flat list, in its order (see each record). */
  List<Double> values();

  /** The statistics as a fresh array, for the hot loops of the resampling tests. */
  double[] toArray();
}
