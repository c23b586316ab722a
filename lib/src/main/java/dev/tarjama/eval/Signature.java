package dev.tarjama.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sacreBLEU reproducibility signature: the ordered {@code key:value} fields that say how a score
 * was computed, e.g. {@code nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0}.
 *
 * <p>Field order follows sacreBLEU 2.6.0's {@code Signature.format}: {@code nrefs}, then the
 * resampling fields ({@code bs} or {@code ar}, then {@code seed}), then the metric's own fields,
 * and {@code version} last. Immutable and thread-safe.
 *
 * @param fields the fields in print order; never empty, the last one is {@code version}
 */
public record Signature(List<Field> fields) {

  /** The sacreBLEU version whose numbers, signatures and output this package reproduces. */
  public static final String SACREBLEU_VERSION = "2.6.0";

  /**
   * One signature field.
   *
   * @param key the long name printed by default, e.g. {@code nrefs}
   * @param shortKey the name printed with {@code --short}, e.g. {@code #}
   * @param value the printed value, e.g. {@code 1}
   */
  public record Field(String key, String shortKey, String value) {
    /** Checks that no part is null or holds the separators {@code |} or {@code :}. */
    public Field {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(shortKey, "shortKey");
      Objects.requireNonNull(value, "value");
      if (key.isEmpty() || (key + shortKey + value).matches(".*[|:].*")) {
        throw new IllegalArgumentException(
            "signature field must be non-empty and free of '|' and ':', got key=" + key
                + ", shortKey=" + shortKey + ", value=" + value);
      }
    }
  }

  /** Copies the field list and checks that it is not empty. */
  public Signature {
    fields = List.copyOf(fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a signature needs at least one field, got none");
    }
  }

  /** Builds {@code nrefs:N|<metric fields>|version:2.6.0}. */
  static Signature of(int referenceCount, List<Field> metricFields) {
    List<Field> all = new ArrayList<>();
    all.add(new Field("nrefs", "#", Integer.toString(referenceCount)));
    all.addAll(metricFields);
    all.add(new Field("version", "v", SACREBLEU_VERSION));
    return new Signature(all);
  }

  /**
   * Returns a copy that also names a resampling test, as sacreBLEU prints it after
   * {@code nrefs}: {@code bs:1000|seed:12345} or {@code ar:10000|seed:12345}.
   *
   * @param test the kind of test that produced the score
   * @param samples the number of resamples or trials, >= 1
   * @param seed the seed written into the signature
   */
  public Signature withResampling(SignificanceTest test, int samples, long seed) {
    return withResampling(test, samples, Long.toString(seed));
  }

  /**
   * Returns a copy that names a resampling test whose seed is given as sacreBLEU prints it, e.g.
   * {@code none} when {@code SACREBLEU_SEED=None} left the generator unseeded.
   */
  public Signature withResampling(SignificanceTest test, int samples, String seed) {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(seed, "seed");
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be >= 1, got " + samples);
    }
    List<Field> all = new ArrayList<>(fields);
    int at = all.isEmpty() || !all.get(0).key().equals("nrefs") ? 0 : 1;
    all.add(at, new Field(test.signatureKey(), test.signatureKey(), Integer.toString(samples)));
    all.add(at + 1, new Field("seed", "rs", seed));
    return new Signature(all);
  }

  /** The signature with long field names, as sacreBLEU prints it by default. */
  public String format() {
    return join(false);
  }

  /** The signature with short field names, as {@code sacrebleu --short} prints it. */
  public String formatShort() {
    return join(true);
  }

  private String join(boolean shortKeys) {
    StringBuilder out = new StringBuilder();
    for (Field field : fields) {
      if (out.length() > 0) {
        out.append('|');
      }
      out.append(shortKeys ? field.shortKey() : field.key()).append(':').append(field.value());
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
