package dev.tarjama.eval;

/** The shared edge cases of {@link MetricEdgeCasesTest} for {@link Chrf}. */
class ChrfTest extends MetricEdgeCasesTest {

  @Override
  Metric metric() {
    return new Chrf(ChrfOptions.DEFAULTS);
  }

  @Override
  String vectorName() {
    return "chrf";
  }
}
