package dev.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code tarjama fast-align} and compares its output with the real fast_align's. */
class FastAlignCommandTest {

  /** The library module's copy of the reference fixtures (see its README for sources). */
  private static final Path REFERENCE = Path.of("../lib/src/test/resources/fast_align-ref");

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  private static String reference(String name) throws IOException {
    return Files.readString(REFERENCE.resolve(name), StandardCharsets.UTF_8);
  }

  private static String corpus(String name) {
    return REFERENCE.resolve(name).toString();
  }

  @Test
  void printsFastAlignsAlignmentsAndLog() throws IOException {
    Run run = run("fast-align", "-i", corpus("corpus-1k.ar-en"), "-d", "-o", "-v");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(reference("c1k.forward.align"), run.out());
    assertEquals(reference("c1k.forward.log"), run.err());
  }

  @Test
  void reverseModelPrintsFastAlignsOutput() throws IOException {
    Run run = run("fast-align", "-i", corpus("corpus-10.ar-en"), "-d", "-o", "-v", "-r");
    assertEquals(reference("c10.reverse.align"), run.out());
    assertEquals(reference("c10.reverse.log"), run.err());
  }

  @Test
  void scoresFlagPrintsLinksAndLogProbability() throws IOException {
    Run run = run("fast-align", "-i", corpus("corpus-1k.ar-en"), "-d", "-o", "-v", "-s");
    assertEquals(reference("c1k.forward.scores.align"), run.out());
    assertEquals(reference("c1k.forward.scores.log"), run.err());
  }

  @Test
  void tableFlagWritesTheTranslationTable(@TempDir Path directory) throws IOException {
    Path table = directory.resolve("c10.forward.ttable");
    Run run =
        run("fast-align", "-i", corpus("corpus-10.ar-en"), "-d", "-o", "-v",
            "-p", table.toString());
    String expectedLog =
        reference("c10.forward.ttable.log")
            .replace("probabilities: c10.forward.ttable", "probabilities: " + table);
    assertEquals(expectedLog, run.err());
    List<String> lines = new ArrayList<>(Files.readAllLines(table, StandardCharsets.UTF_8));
    String[] sorted = lines.toArray(new String[0]);
    Arrays.sort(sorted);
    assertEquals(reference("c10.forward.ttable"), String.join("\n", sorted) + "\n");
  }

  @Test
  void symmetrizeTrainsBothDirectionsAndCombinesThem(@TempDir Path directory)
      throws IOException {
    Path forward = directory.resolve("forward.align");
    Path reverse = directory.resolve("reverse.align");
    Run run =
        run("fast-align", "-i", corpus("corpus-1k.ar-en"), "-d", "-o", "-v",
            "-c", "grow-diag-final-and",
            "--forward-output", forward.toString(), "--reverse-output", reverse.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(reference("c1k.gdfa.align"), run.out());
    assertEquals(reference("c1k.forward.align"), Files.readString(forward));
    assertEquals(reference("c1k.reverse.align"), Files.readString(reverse));
  }

  @Test
  void combinesExistingAlignmentsLikeAtools() throws IOException {
    Run run =
        run("fast-align", "-c", "union",
            "--forward-alignments", corpus("head1k.forward.align"),
            "--reverse-alignments", corpus("head1k.reverse.align"));
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(reference("head1k.sym.union.align"), run.out());
  }

  @Test
  void differentLineCountsAreAClearError() {
    Run run =
        run("fast-align", "-c", "intersect",
            "--forward-alignments", corpus("c10.forward.align"),
            "--reverse-alignments", corpus("c1k.reverse.align"));
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("have 10 lines but reverse alignments"), run.err());
    assertTrue(run.err().contains("have 1000"), run.err());
  }

  @Test
  void savedModelAlignsNewInputLikeTheTrainingRun(@TempDir Path directory) throws IOException {
    Path model = directory.resolve("c10.model");
    run("fast-align", "-i", corpus("corpus-10.ar-en"), "-d", "-o", "-v",
        "--save-model", model.toString());
    Run run =
        run("fast-align", "-i", corpus("corpus-10.ar-en"), "--model", model.toString(), "-s");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(reference("c10.forward.scores.align"), run.out());
  }

  @Test
  void emptyLinesGiveEmptyAlignmentLines(@TempDir Path directory) throws IOException {
    Path input = directory.resolve("with-empty.txt");
    Files.writeString(input, reference("corpus-10.ar-en") + "\n|||\nonly source |||\n");
    Run run = run("fast-align", "-i", input.toString(), "-d", "-o", "-v");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(reference("c10.forward.align") + "\n\n\n", run.out());
    assertTrue(run.err().contains("Error in line 11\n"), run.err());
  }

  @Test
  void missingInputIsAUsageError() {
    Run run = run("fast-align", "-d");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("give -i FILE"), run.err());
  }
}
