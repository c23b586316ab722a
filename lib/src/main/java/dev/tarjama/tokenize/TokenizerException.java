package dev.tarjama.tokenize;

/**
 * A tokenizer file is missing, unreadable or inconsistent; the message names the file.
 *
 * <p>The facade rethrows it as {@code dev.tarjama.TarjamaException}.
 */
public final class TokenizerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message naming the file and what was expected. */
  public TokenizerException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Creates the exception with a message naming the file and what was expected. */
  public TokenizerException(String message) {
    super(message);
  }
}
