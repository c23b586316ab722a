package dev.tarjama.model;

/**
 * ONNX Runtime settings for the sessions of one model.
 *
 * @param intraOpThreads threads one operator may use; 0 lets ONNX Runtime choose (one per core)
 */
public record SessionSettings(int intraOpThreads) {

  /** ONNX Runtime's own thread choice. */
  public static final SessionSettings DEFAULTS = new SessionSettings(0);

  public SessionSettings {
    if (intraOpThreads < 0) {
      throw new IllegalArgumentException("intraOpThreads must be >= 0, got " + intraOpThreads);
    }
  }

  /** A copy with another thread count. */
  public SessionSettings withIntraOpThreads(int threads) {
    return new SessionSettings(threads);
  }
}
