package dev.tarjama.eval;

/** The shared edge cases of {@link MetricEdgeCasesTest} for {@link Bleu}. */
class BleuTest extends MetricEdgeCasesTest {

  @Override
  Metric metric() {
    return new Bleu(BleuOptions.DEFAULTS.withEffectiveOrder(true));
  }

  @Override
  String vectorName() {
    return "bleu";
  }
}
