package dev.tarjama.model;

import java.util.Map;
import java.util.Objects;

/**
 * ONNX Runtime settings for the sessions of one model.
 *
 * @param intraOpThreads threads one operator may use; 0 lets ONNX Runtime choose (one per core)
 * @param configEntries ONNX Runtime session configuration entries (e.g. {@code
 *     session.qdq_matmulnbits_accuracy_level}); empty means ONNX Runtime's defaults
 */
public record SessionSettings(int intraOpThreads, Map<String, String> configEntries) {

  /** ONNX Runtime's own thread choice and defaults. */
  public static final SessionSettings DEFAULTS = new SessionSettings(0, Map.of());

  public SessionSettings {
    if (intraOpThreads < 0) {
      throw new IllegalArgumentException("intraOpThreads must be >= 0, got " + intraOpThreads);
    }
    configEntries = Map.copyOf(Objects.requireNonNull(configEntries, "configEntries"));
  }

  /** A copy with another thread count. */
  public SessionSettings withIntraOpThreads(int threads) {
    return new SessionSettings(threads, configEntries);
  }

  /** A copy with other configuration entries. */
  public SessionSettings withConfigEntries(Map<String, String> entries) {
    return new SessionSettings(intraOpThreads, entries);
  }
}
