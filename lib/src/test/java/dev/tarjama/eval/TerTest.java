package dev.tarjama.eval;

/** The shared edge cases of {@link MetricEdgeCasesTest} for {@link Ter}. */
class TerTest extends MetricEdgeCasesTest {

  @Override
  Metric metric() {
    return new Ter(TerOptions.DEFAULTS);
  }

  @Override
  String vectorName() {
    return "ter";
  }
}
