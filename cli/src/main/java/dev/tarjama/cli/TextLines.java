package dev.tarjama.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads text the way the {@code sacrebleu} command does: strict UTF-8 ({@code .gz} files are
 * decompressed), lines split on {@code \n} only, so {@code \r}, U+0085 or U+2028 inside a line do
 * not end it. Not thread-safe: one call per file.
 */
final class TextLines {

  /** A file that is not valid UTF-8: names the file and the byte offset of the first bad byte. */
  static final class InvalidUtf8Exception extends IOException {
    InvalidUtf8Exception(String message) {
      super(message);
    }
  }

  private TextLines() {}

  /**
   * A file's bytes.
   *
   * @throws IllegalArgumentException naming the file when it does not exist or is a directory
   */
  static byte[] readBytes(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException(file + " is a directory, not a file");
    }
    if (!Files.exists(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    return Files.readAllBytes(file);
  }

  /** Whether a FILE argument means standard input: none given, or {@code -}. */
  static boolean isStandardInput(Path file) {
    return file == null || file.toString().equals("-");
  }

  /** Standard input's text, strict UTF-8 ({@link #decode}). */
  static String readStandardInput() throws IOException {
    return decode(System.in.readAllBytes(), "standard input");
  }

  /** A file's text, strict UTF-8 ({@link #readBytes}, {@link #decode}). */
  static String readText(Path file) throws IOException {
    return decode(readBytes(file), file.toString());
  }

  /** The lines of a file, split on {@code \n}; a final line without {@code \n} is kept. */
  static List<String> read(Path file) throws IOException {
    byte[] bytes = readBytes(file);
    if (file.toString().endsWith(".gz")) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        bytes = in.readAllBytes();
      }
    }
    return splitNewlines(decode(bytes, file.toString()));
  }

  /**
   * Standard input's lines, with Python's universal newlines ({@code \r\n}, {@code \r}, {@code
   * \n}).
   */
  static List<String> readUniversal(InputStream in, String name) throws IOException {
    String text = decode(in.readAllBytes(), name);
    return splitNewlines(text.replace("\r\n", "\n").replace('\r', '\n'));
  }

  /**
   * Decodes strict UTF-8.
   *
   * @throws InvalidUtf8Exception naming {@code name} and the offset of the first invalid byte
   */
  static String decode(byte[] bytes, String name) throws InvalidUtf8Exception {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(input, output, true);
    if (result.isError()) {
      throw new InvalidUtf8Exception(
          name
              + " is not valid UTF-8: invalid byte sequence at byte offset "
              + input.position()
              + " (0x"
              + String.format("%02x", bytes[input.position()] & 0xFF)
              + ")");
    }
    result = decoder.flush(output);
    if (result.isError()) {
      throw new InvalidUtf8Exception(name + " is not valid UTF-8 at byte offset " + bytes.length);
    }
    output.flip();
    return output.toString();
  }

  private static List<String> splitNewlines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        lines.add(text.substring(start));
        break;
      }
      lines.add(text.substring(start, end));
      start = end + 1;
    }
    return lines;
  }
}
