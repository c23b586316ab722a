package dev.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FastAlignLogTest {

  @Test
  void argumentEchoFollowsGetopt() {
    assertEquals(
        "ARG=i\nARG=d\nARG=o\nARG=v\nARG=I\nARG=T\nARG=r\n",
        FastAlignLog.argumentEcho(
            List.of("-i", "x", "-dov", "-I10", "-T", "8", "--symmetrize", "union", "-r")));
  }

  @Test
  void progressDotsEveryThousandLines() {
    assertEquals("", FastAlignLog.progressDots(999));
    assertEquals(".\n", FastAlignLog.progressDots(1000));
    assertEquals(".".repeat(50) + " [50000]\n", FastAlignLog.progressDots(50000));
    assertEquals(".".repeat(50) + " [50000]\n.\n", FastAlignLog.progressDots(51000));
  }
}
