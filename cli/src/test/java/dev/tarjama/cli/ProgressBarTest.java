package dev.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  private static String run(boolean terminal, int total) {
    StringWriter out = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(out), "lines", terminal);
    for (int done = 1; done <= total; done++) {
      bar.update(done, total);
    }
    return out.toString();
  }

  @Test
  void withoutATerminalAPlainLineAtEachTenthAndAtTheEnd() {
    String log = run(false, 100);
    assertFalse(log.contains("\r"), log);
    String[] lines = log.split("\n");
    // 1/100 opens tenth 0, then 10/100 ... 100/100 open tenths 1 to 10.
    assertEquals(11, lines.length, log);
    assertTrue(lines[0].contains(" 1/100 lines"), lines[0]);
    assertTrue(lines[10].startsWith("[" + "#".repeat(30) + "] 100/100 lines"), lines[10]);
  }

  @Test
  void onATerminalOneLineRedrawnInPlace() {
    String screen = run(true, 3);
    assertEquals(3, screen.chars().filter(c -> c == '\r').count(), screen);
    assertTrue(screen.endsWith("3/3 lines, " + screen.substring(screen.lastIndexOf(", ") + 2)));
    assertEquals(1, screen.chars().filter(c -> c == '\n').count(), screen);
  }
}
