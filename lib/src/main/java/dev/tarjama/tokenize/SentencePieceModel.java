package dev.tarjama.tokenize;

import ai.djl.sentencepiece.SpProcessor;
import ai.djl.sentencepiece.SpTokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One SentencePiece model ({@code source.spm} or {@code target.spm}) through DJL's bindings.
 *
 * <p>Thread-safe: SentencePiece's encode and decode are const operations. Owns the native
 * processor; {@link #close} is idempotent.
 */
final class SentencePieceModel implements AutoCloseable {
  static {
    // DJL sends telemetry to a cloud address unless it is told it is offline; it must never
    // reach the network from this library.
    System.setProperty("ai.djl.offline", "true");
  }

  private final Path file;
  private final AtomicReference<SpTokenizer> tokenizer;

  private SentencePieceModel(Path file, SpTokenizer tokenizer) {
    this.file = file;
    this.tokenizer = new AtomicReference<>(tokenizer);
  }

  static SentencePieceModel load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new TokenizerException("missing model file " + file);
    }
    try {
      return new SentencePieceModel(file, new SpTokenizer(Files.readAllBytes(file)));
    } catch (IOException | RuntimeException e) {
      throw new TokenizerException(
          "cannot load SentencePiece model " + file + ": " + e.getMessage(), e);
    }
  }

  /** The pieces of a text, as SentencePiece's {@code EncodeAsPieces}. */
  String[] pieces(String text) {
    return processor().tokenize(text);
  }

  /** The text of pieces, as SentencePiece's {@code DecodePieces}. */
  String decodePieces(String[] pieces) {
    return pieces.length == 0 ? "" : processor().buildSentence(pieces);
  }

  Path file() {
    return file;
  }

  private SpProcessor processor() {
    SpTokenizer current = tokenizer.get();
    if (current == null) {
      throw new IllegalStateException("Translator is closed");
    }
    return current.getProcessor();
  }

  @Override
  public void close() {
    SpTokenizer current = tokenizer.getAndSet(null);
    if (current != null) {
      current.close();
    }
  }
}
