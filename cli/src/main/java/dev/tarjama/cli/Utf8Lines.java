package dev.tarjama.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Strict UTF-8 text files: invalid bytes are an error naming the file and the byte offset. */
final class Utf8Lines {

  /** The whole file as text. */
  static String readText(Path file) throws IOException {
    return decode(Files.readAllBytes(file), file.toString());
  }

  /**
   * The lines of a file, split at "\n" only (a final "\n" ends the last line; "\r\n" loses its
   * "\r"), as Python's file iteration with {@code rstrip("\n")} gives them.
   */
  static List<String> readLines(Path file) throws IOException {
    String text = readText(file);
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
      start = end + 1;
    }
    return lines;
  }

  static String decode(byte[] bytes, String name) throws CharacterCodingException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new IllegalArgumentException(
          name + " is not valid UTF-8: invalid byte at offset " + in.position());
    }
    decoder.flush(out);
    String text = out.flip().toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private Utf8Lines() {}
}
