package dev.tarjama;

/**
 * Loading or running a model failed: a missing, unreadable or inconsistent file, or an error of
 * ONNX Runtime or SentencePiece. The message names the file or operation and what was expected; the
 * cause is kept.
 *
 * <p>Programmer errors (null or out-of-range arguments) are standard Java exceptions instead.
 */
public final class TarjamaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the file or operation. */
  public TarjamaException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with a message naming the file or operation. */
  public TarjamaException(String message) {
    super(message);
  }
}
