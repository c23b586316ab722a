package dev.tarjama.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code tarjama score} against the real {@code sacrebleu} command (2.6.0): every row of the
 * vectors' {@code expected.jsonl} is run with its {@code cli_args} and compared with what sacreBLEU
 * printed, and the paired-test outputs are compared byte for byte.
 */
class ScoreCommandTest {

  /** The README's tolerance: Java's log/exp and glibc's may differ in the last bit. */
  private static final double TOLERANCE = 1e-9;

  private static final Path VECTORS = locate();

  @TempDir Path temporary;

  record Run(int status, String out, String err) {}

  static Run run(InputStream stdin, String... args) {
    return runIn(Path.of(""), stdin, args);
  }

  static Run runIn(Path directory, InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ScoreCommand command = new ScoreCommand(stdin,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), directory);
    int status = new CommandLine(command).execute(args);
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  static Run run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  @TestFactory
  Stream<DynamicTest> everyVectorRowPrintsWhatSacrebleuPrinted() {
    List<JsonObject> rows = new ArrayList<>();
    for (String line : read(VECTORS.resolve("expected.jsonl")).split("\n")) {
      rows.add(JsonParser.parseString(line).getAsJsonObject());
    }
    assertEquals(740, rows.size());
    return rows.stream().map(row -> DynamicTest.dynamicTest(
        row.get("case").getAsString() + " " + row.get("cli_args").getAsString(),
        () -> checkRow(row)));
  }

  private void checkRow(JsonObject row) throws IOException {
    Path dir = VECTORS.resolve("cases").resolve(row.get("case").getAsString());
    List<String> base = new ArrayList<>();
    for (int k = 1; k <= row.get("nrefs").getAsInt(); k++) {
      base.add(dir.resolve("ref" + k + ".txt").toString());
    }
    base.add("-i");
    base.add(dir.resolve("hyp.txt").toString());
    base.addAll(Arrays.asList(row.get("cli_args").getAsString().split(" ")));
    if (row.get("level").getAsString().equals("corpus")) {
      Run text = run(with(base, "-f", "text"));
      assertEquals(0, text.status(), text.err());
      assertEquals(row.get("text").getAsString() + "\n", text.out());
      Run score = run(with(base, "-b", "-w", "15"));
      assertEquals(0, score.status(), score.err());
      assertFifteenDecimals(row.get("score").getAsDouble(), score.out().strip());
      assertEquals(1, score.out().split("\n").length);
    } else {
      // Sentence scores are independent, so the first printed line is checked on the first
      // lines alone; every line's score is checked below.
      List<String> firstLines = new ArrayList<>();
      for (String arg : base) {
        firstLines.add(arg.endsWith(".txt") ? firstLine(Path.of(arg)).toString() : arg);
      }
      Run text = run(firstLines.toArray(String[]::new));
      assertEquals(0, text.status(), text.err());
      assertEquals(row.get("text_line1").getAsString() + "\n", text.out());
      Run scores = run(with(base, "-b", "-w", "15"));
      String[] expected = read(VECTORS.resolve(row.get("file").getAsString())).split("\n");
      String[] actual = scores.out().split("\n");
      assertEquals(expected.length - 1, actual.length);
      for (int i = 0; i < actual.length; i++) {
        assertFifteenDecimals(Double.parseDouble(expected[i + 1].split("\t")[1]), actual[i]);
      }
    }
  }

  /** Printed with 15 decimals, and the value is sacreBLEU's within the tolerance. */
  private static void assertFifteenDecimals(double expected, String printed) {
    String python = new BigDecimal(expected).setScale(15, RoundingMode.HALF_EVEN).toPlainString();
    assertEquals(python.length(), printed.length(), "15 decimals: " + printed);
    assertEquals(expected, Double.parseDouble(printed), TOLERANCE, python + " vs " + printed);
  }

  @Test
  void pairedBootstrapTableIsSacrebleus() {
    checkPaired("paired-bs.text.txt", "--paired-bs", "-f", "text", "--no-color");
  }

  @Test
  void pairedBootstrapJsonIsSacrebleus() {
    checkPaired("paired-bs.json", "--paired-bs", "-f", "json");
  }

  @Test
  void approximateRandomizationTableIsSacrebleus() {
    checkPaired("paired-ar.text.txt", "--paired-ar", "-f", "text", "--no-color");
  }

  @Test
  void confidenceLinesAndJsonAreSacrebleus() {
    Path dir = VECTORS.resolve("paired-bs");
    for (String format : List.of("text", "json")) {
      Run run = run(dir.resolve("ref.txt").toString(), "-i", dir.resolve("baseline.txt").toString(),
          "-m", "bleu", "chrf", "ter", "--confidence", "-f", format, "--no-color");
      assertEquals(0, run.status(), run.err());
      String file = format.equals("text") ? "confidence.baseline.text.txt"
          : "confidence.baseline.json";
      assertEquals(read(dir.resolve(file)), run.out(), file);
    }
  }

  private static void checkPaired(String expectedFile, String... options) {
    // sacreBLEU names systems by the paths given; the vectors ran inside the paired-bs folder.
    Path dir = VECTORS.resolve("paired-bs");
    List<String> args = new ArrayList<>(List.of("ref.txt", "-i", "baseline.txt", "system1.txt",
        "system2.txt", "-m", "bleu", "chrf", "ter"));
    args.addAll(List.of(options));
    Run run = runIn(dir, InputStream.nullInputStream(), args.toArray(String[]::new));
    assertEquals(0, run.status(), run.err());
    assertEquals(read(dir.resolve(expectedFile)), run.out(), expectedFile);
  }

  @Test
  void differentLineCountsNameBothFilesAndCounts() throws IOException {
    Path hypothesis = write("hyp.txt", "a b c\nd e\n");
    Path reference = write("ref.txt", "a b c\nd e\nf g\n");
    Run run = run(reference.toString(), "-i", hypothesis.toString());
    assertEquals(1, run.status());
    assertTrue(run.err().contains(hypothesis + " has 2 lines"), run.err());
    assertTrue(run.err().contains(reference + " has 3"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void invalidUtf8NamesTheFileAndByteOffset() throws IOException {
    Path hypothesis = temporary.resolve("bad.txt");
    Files.write(hypothesis, new byte[] {'o', 'k', '\n', 'a', (byte) 0xC3, '(', '\n'});
    Path reference = write("ref.txt", "ok\nab\n");
    Run run = run(reference.toString(), "-i", hypothesis.toString());
    assertEquals(1, run.status());
    assertTrue(run.err().contains(hypothesis + " is not valid UTF-8"), run.err());
    assertTrue(run.err().contains("byte offset 4"), run.err());
  }

  @Test
  void emptyFilesAreAnErrorAsInSacrebleu() throws IOException {
    Run run = run(write("ref.txt", "").toString(), "-i", write("hyp.txt", "").toString());
    assertEquals(1, run.status());
    assertTrue(run.err().contains("contains no lines"), run.err());
  }

  @Test
  void emptyAndWhitespaceLinesAreScoredNotDropped() throws IOException {
    // Lines 16-19 of the edge-unicode case: whitespace-only and empty hypotheses and references.
    Path dir = VECTORS.resolve("cases/edge-unicode");
    Run run = run(dir.resolve("ref1.txt").toString(), "-i", dir.resolve("hyp.txt").toString(),
        "-m", "ter", "-sl", "-b", "-w", "15");
    String[] lines = run.out().split("\n");
    assertEquals(55, lines.length);
    String[] expected = read(dir.resolve("sentence/ter.tsv")).split("\n");
    for (int line = 16; line <= 19; line++) {
      assertFifteenDecimals(Double.parseDouble(expected[line].split("\t")[1]), lines[line - 1]);
    }
  }

  @Test
  void standardInputIsReadWhenNoInputIsGiven() throws IOException {
    Path dir = VECTORS.resolve("cases/flores-drop5");
    Run fromFile = run(dir.resolve("ref1.txt").toString(), "-i", dir.resolve("hyp.txt").toString(),
        "-f", "text");
    Run fromStdin = run(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("hyp.txt"))),
        dir.resolve("ref1.txt").toString(), "-f", "text");
    assertEquals(0, fromStdin.status(), fromStdin.err());
    assertEquals(fromFile.out(), fromStdin.out());
  }

  @Test
  void badArgumentsExitWithStatusTwo() throws IOException {
    Path file = write("x.txt", "a\n");
    Run run = run(file.toString(), "-i", file.toString(), "-m", "meteor");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("invalid choice: 'meteor'"), run.err());
    Run twoMetrics = run(file.toString(), "-i", file.toString(), "-m", "bleu", "chrf", "-sl");
    assertEquals(1, twoMetrics.status());
  }

  private Path firstLine(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int end = text.indexOf('\n');
    return Files.writeString(temporary.resolve(file.getFileName()),
        end < 0 ? text : text.substring(0, end + 1), StandardCharsets.UTF_8);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(temporary.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String[] with(List<String> base, String... more) {
    List<String> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static String read(Path path) {
    try {
      if (Files.exists(path)) {
        return Files.readString(path, StandardCharsets.UTF_8);
      }
      try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(path + ".gz")))) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** shared/data/sacrebleu-vectors above the checkout, else the copy in lib's test resources. */
  private static Path locate() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("shared/data/sacrebleu-vectors/expected.jsonl"))) {
        return p.resolve("shared/data/sacrebleu-vectors");
      }
    }
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("lib/src/test/resources/sacrebleu-vectors/expected.jsonl"))) {
        return p.resolve("lib/src/test/resources/sacrebleu-vectors");
      }
    }
    throw new IllegalStateException("sacreBLEU vectors not found above " + dir);
  }
}
