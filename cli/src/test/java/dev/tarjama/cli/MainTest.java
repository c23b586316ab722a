package dev.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
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
}
