package dev.tarjama.model;

/**
 * A model directory or an ONNX Runtime call failed; the message names the file or operation.
 *
 * <p>The facade rethrows it as {@code dev.tarjama.TarjamaException}, so callers of the public API
 * see one exception type.
 */
public final class ModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that names the file or operation and the cause. */
  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with a message that names the file and what was expected. */
  public ModelException(String message) {
    super(message);
  }
}
