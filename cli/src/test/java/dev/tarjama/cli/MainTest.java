package dev.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {

  /**
   * picocli formats descriptions with String.format, so a bare {@code %} breaks a help text and
   * makes picocli print a warning on every start of the command; every subcommand's help must
   * render clean.
   */
  @Test
  void everySubcommandHelpRendersWithoutPicocliWarnings() {
    CommandLine cli = Main.commandLine();
    List<String> names = List.copyOf(cli.getSubcommands().keySet());
    assertTrue(names.contains("score"), names::toString);
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      for (String name : names) {
        String usage = cli.getSubcommands().get(name).getUsageMessage();
        assertFalse(usage.isBlank(), name);
      }
    } finally {
      System.setErr(saved);
    }
    String warnings = err.toString(StandardCharsets.UTF_8);
    assertEquals("", warnings, "picocli complained while rendering help");
  }

  @Test
  void confidenceOptionHelpShowsThePercentSign() {
    String usage = Main.commandLine().getSubcommands().get("score").getUsageMessage();
    assertTrue(usage.contains("95% confidence interval"), usage);
  }

  @Test
  void everySubcommandHasHelpAndTheVersion() {
    for (String sub : List.of("translate", "segment", "fast-align", "align", "evaluate", "score")) {
      String[] result = TranslateCommandTest.run(sub, "--help");
      assertEquals("0", result[0], sub + ": " + result[2]);
      assertTrue(result[1].startsWith("Usage: tarjama " + sub), sub + ": " + result[1]);
      result = TranslateCommandTest.run(sub, "--version");
      assertEquals("0", result[0], sub + ": " + result[2]);
      assertEquals(Main.VERSION, result[1].strip(), sub);
    }
  }

  @Test
  void aMistypedOptionIsAnErrorNotAFileName(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("h.en"), "a\n");
    String[] result =
        TranslateCommandTest.run("score", file.toString(), "-i", file.toString(), "--bogus");
    assertEquals("2", result[0], result[1]);
    assertTrue(result[2].contains("Unknown option: '--bogus'"), result[2]);
  }

  @Test
  void fileSystemErrorsNameTheirFile() {
    assertEquals(
        "no such file or directory: out/x.md",
        Main.message(new NoSuchFileException("out/x.md")));
    assertEquals(
        "permission denied: /x", Main.message(new AccessDeniedException("/x")));
    assertEquals(
        "/d: Is a directory",
        Main.message(new FileSystemException("/d", null, "Is a directory")));
  }
}
