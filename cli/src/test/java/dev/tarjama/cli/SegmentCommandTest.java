package dev.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SegmentCommandTest {
  private static final String TEXT =
      "القاهرة (رويترز) - قال د. أحمد إن النمو بلغ 3.5 في المائة. وأضاف: \"لن نتراجع\".\nعنوان";

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.commandLine()
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
    return new String[] {String.valueOf(status), out.toString(), err.toString()};
  }

  @Test
  void printsOneSentencePerLineFromAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("news.txt");
    Files.writeString(file, TEXT, StandardCharsets.UTF_8);
    String[] result = run("segment", file.toString());
    assertEquals("0", result[0], result[2]);
    assertEquals(
        "القاهرة (رويترز) - قال د. أحمد إن النمو بلغ 3.5 في المائة.\n"
            + "وأضاف: \"لن نتراجع\".\n"
            + "عنوان\n",
        result[1].replace(System.lineSeparator(), "\n"));
  }

  @Test
  void printsJsonLinesWithSpansAndDatelinesFromStandardInput() {
    InputStream original = System.in;
    try {
      System.setIn(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)));
      String[] result = run("segment", "--json");
      assertEquals("0", result[0], result[2]);
      String[] lines = result[1].split("\\R");
      assertEquals(3, lines.length);
      assertEquals("{\"start\":0,\"end\":58,\"text\":\"القاهرة (رويترز) - قال د. أحمد إن النمو بلغ 3.5"
          + " في المائة.\",\"dateline\":{\"start\":0,\"end\":18,\"text\":\"القاهرة (رويترز) -\"}}",
          lines[0]);
      assertEquals("{\"start\":59,\"end\":78,\"text\":\"وأضاف: \\\"لن نتراجع\\\".\",\"dateline\":null}",
          lines[1]);
      assertEquals("{\"start\":79,\"end\":84,\"text\":\"عنوان\",\"dateline\":null}", lines[2]);
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void wrappedInputJoinsSingleLineBreaks(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("wrapped.txt");
    Files.writeString(file, "عنوان\n\nوصل الوفد إلى\nالقاهرة. وبدأ الاجتماع.\n", StandardCharsets.UTF_8);
    String[] result = run("segment", "--wrapped", file.toString());
    assertEquals("0", result[0], result[2]);
    assertEquals("عنوان\nوصل الوفد إلى القاهرة.\nوبدأ الاجتماع.\n",
        result[1].replace(System.lineSeparator(), "\n"));
  }

  @Test
  void missingFileIsReportedWithStatusTwo(@TempDir Path dir) {
    Path absent = dir.resolve("absent.txt");
    String[] result = run("segment", absent.toString());
    assertEquals("2", result[0]);
    assertTrue(result[2].contains("no such file: " + absent), result[2]);
    result = run("segment", dir.toString());
    assertEquals("2", result[0]);
    assertTrue(result[2].contains(dir + " is a directory, not a file"), result[2]);
  }

  @Test
  void invalidUtf8IsReportedWithTheByteOffset(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.write(file, new byte[] {'a', 'b', (byte) 0xE3, '(', 'c'});
    String[] result = run("segment", file.toString());
    assertEquals("1", result[0]);
    assertTrue(
        result[2].contains(file + " is not valid UTF-8: invalid byte sequence at byte offset 2"),
        result[2]);
  }
}
