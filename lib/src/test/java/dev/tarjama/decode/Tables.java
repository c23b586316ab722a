package dev.tarjama.decode;

import java.util.HashMap;
import java.util.Map;

/**
 * Hand-written probability tables for {@link ScriptedModel}, over a vocabulary of six tokens laid
 * out as in OPUS-MT: eos 0, four words, pad last (and pad is the decoder start token).
 *
 * <p>The expected outputs in the tests are worked out by hand from these tables and Hugging Face's
 * documented rules; each scenario's comment shows the candidates of each step.
 */
final class Tables {

  static final int VOCAB = 6;
  static final int EOS = 0;
  static final int A = 1;
  static final int B = 2;
  static final int C = 3;
  static final int D = 4;
  static final int PAD = 5;
  static final SpecialIds IDS = new SpecialIds(PAD, EOS, PAD);

  /** Probabilities in vocabulary order: eos, A, B, C, D, pad. */
  static double[] p(double eos, double a, double b, double c, double d, double pad) {
    return new double[] {eos, a, b, c, d, pad};
  }

  static final double[] FALLBACK = p(.5, .1, .1, .1, .1, .1);

  private Tables() {}

  /**
   * Scenario A, two beams. Step 1: A .5, B .3 (eos .1 is rank 2, skipped). Step 2: A·eos .30
   * (finished), B·C .21, A·A .10, A·B .05. Step 3: B·C·eos .189 and A·A·eos .05 finish, A·A·A .02,
   * A·A·B .012 continue.
   */
  static Map<String, double[]> scenarioA() {
    Map<String, double[]> table = new HashMap<>();
    table.put("", p(.1, .5, .3, .05, .04, .01));
    table.put("1", p(.6, .2, .1, .05, .04, .01));
    table.put("2", p(.1, .1, .05, .7, .04, .01));
    table.put("2 3", p(.9, .04, .03, .01, .01, .01));
    table.put("1 1", p(.5, .2, .12, .08, .05, .05));
    return table;
  }

  /**
   * Scenario B, two beams. Step 1: A .5, B .4. Step 2: A·eos .30 and B·eos .20 finish, B·D .18 and
   * A·C .15 continue. Step 3: B·D·eos .171 finishes, A·C·eos .075 is too weak, A·C·A .0675 and
   * A·C·B .003 continue. Step 4: A·C·A·D .065475 leads, A·C·B·eos .0015, A·C·A·eos (rank 2,
   * skipped), A·C·A·A .00054. Step 5: A·C·A·D·eos .06220125 finishes.
   */
  static Map<String, double[]> scenarioB() {
    Map<String, double[]> table = new HashMap<>();
    table.put("", p(.05, .5, .4, .03, .01, .01));
    table.put("1", p(.6, .04, .03, .3, .02, .01));
    table.put("2", p(.5, .02, .01, .01, .45, .01));
    table.put("2 4", p(.95, .01, .01, .01, .01, .01));
    table.put("1 3", p(.5, .45, .02, .01, .01, .01));
    table.put("1 3 1", p(.01, .008, .006, .004, .97, .002));
    table.put("1 3 1 4", p(.95, .02, .012, .008, .006, .004));
    return table;
  }

  /** The same table for every source ("*:" keys). */
  static Map<String, double[]> forAll(Map<String, double[]> table) {
    return forSource("*", table);
  }

  /** The table for one source ("s:" keys). */
  static Map<String, double[]> forSource(Object source, Map<String, double[]> table) {
    Map<String, double[]> keyed = new HashMap<>();
    table.forEach((key, value) -> keyed.put(source + ":" + key, value));
    return keyed;
  }

  static ScriptedModel model(Map<String, double[]> keyedTable) {
    return new ScriptedModel(VOCAB, ScriptedModel.table(keyedTable, FALLBACK));
  }

  static double ln(double x) {
    return Math.log(x);
  }
}
