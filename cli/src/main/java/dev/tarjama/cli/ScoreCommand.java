package dev.tarjama.cli;

import dev.tarjama.eval.Bleu;
import dev.tarjama.eval.BleuOptions;
import dev.tarjama.eval.BleuSmoothing;
import dev.tarjama.eval.BleuTokenizer;
import dev.tarjama.eval.Chrf;
import dev.tarjama.eval.ChrfOptions;
import dev.tarjama.eval.Metric;
import dev.tarjama.eval.Ter;
import dev.tarjama.eval.TerOptions;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code tarjama score}: a drop-in for the {@code sacrebleu} command (2.6.0) on local files. It
 * takes sacreBLEU's arguments ({@code REF... -i HYP -m bleu chrf ter ...}) and prints what
 * sacreBLEU prints: JSON by default, the text line with {@code -f text}, the score alone with
 * {@code -b}, per-sentence lines with {@code --sentence-level}, the multi-system table and paired
 * tests.
 *
 * <p>Differences: no test-set download ({@code -t}), no {@code zh}/{@code ja-mecab}/{@code spm}
 * tokenizers, no LaTeX tables, no colors. Bad input fails with exit status 1 and a message naming
 * the file: line counts that differ (both files, both counts), invalid UTF-8 (the byte offset).
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = "Score hypotheses against references exactly as sacreBLEU 2.6.0 does.")
public final class ScoreCommand implements Callable<Integer> {

  @Mixin ScoreOptions options = new ScoreOptions();

  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;
  private final Path directory;

  /** The command on the process's standard streams, environment and working directory. */
  public ScoreCommand() {
    this(
        System.in,
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
        System.getenv(),
        Path.of(""));
  }

  /** For tests: relative file names are resolved against {@code directory}. */
  ScoreCommand(
      InputStream stdin,
      PrintStream out,
      PrintStream err,
      Map<String, String> environment,
      Path directory) {
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.environment = Map.copyOf(environment);
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /** A failure with sacreBLEU's exit status: 1 for bad input, 2 for bad arguments. */
  static final class Failure extends Exception {
    final int status;

    Failure(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  @Override
  public Integer call() {
    try {
      run();
      out.flush();
      return 0;
    } catch (Failure e) {
      out.flush();
      err.println("tarjama score: " + e.getMessage());
      return e.status;
    } catch (NoSuchFileException e) {
      err.println("tarjama score: no such file: " + e.getFile());
      return 1;
    } catch (IOException e) {
      err.println("tarjama score: " + e.getMessage());
      return 1;
    }
  }

  private void run() throws Failure, IOException {
    String format =
        environment.getOrDefault("SACREBLEU_FORMAT", options.format).toLowerCase(Locale.ROOT);
    if (!List.of("json", "text", "latex").contains(format)) {
      format = options.format;
    }
    validateChoices(format);
    Inputs inputs = readInputs();
    Map<String, Metric> metrics = new LinkedHashMap<>();
    for (String name : options.metrics) {
      metrics.put(name.toUpperCase(Locale.ROOT), metric(name));
    }
    ScoreReport report = new ScoreReport(options, format, out);
    if (options.sentenceLevel) {
      report.sentences(
          metrics.values().iterator().next(), inputs.systems().get(0), inputs.references());
    } else if (inputs.systems().size() == 1) {
      report.single(metrics, inputs.systems().get(0), inputs.references(), seed(), seedName());
    } else if (options.pairedBs || options.pairedAr) {
      report.paired(
          metrics, inputs.names(), inputs.systems(), inputs.references(), seed(), seedName());
    } else {
      report.multiple(metrics, inputs.names(), inputs.systems(), inputs.references());
    }
  }

  private void validateChoices(String format) throws Failure {
    for (String metric : options.metrics) {
      choice("--metrics/-m", metric, List.of("bleu", "chrf", "ter"));
    }
    choice("--smooth-method/-s", options.smoothMethod, List.of("none", "floor", "add-k", "exp"));
    if (options.tokenize != null) {
      choice(
          "--tokenize/-tok",
          options.tokenize,
          List.of(
              "none",
              "zh",
              "13a",
              "char",
              "intl",
              "ja-mecab",
              "ko-mecab",
              "spm",
              "flores101",
              "flores200"));
      if (!List.of("none", "13a", "char", "intl").contains(options.tokenize)) {
        throw new Failure(
            1,
            "tokenizer '"
                + options.tokenize
                + "' needs an external tool or "
                + "model and is not available; use 13a, intl, char or none");
      }
    }
    choice("--format/-f", options.format, List.of("json", "text", "latex"));
    if (options.pairedAr && options.pairedBs) {
      throw new Failure(2, "argument --paired-bs/-pbs: not allowed with argument --paired-ar/-par");
    }
    if (format.equals("latex")) {
      throw new Failure(1, "LaTeX tables are not supported; use -f text or -f json");
    }
    if (options.testSet != null || options.languagePair != null || options.detail) {
      throw new Failure(
          1,
          "test sets (-t, -l, -d) are not supported: tarjama never downloads "
              + "data; give the reference files before -i");
    }
    if (!options.encoding.equalsIgnoreCase("utf-8") && !options.encoding.equalsIgnoreCase("utf8")) {
      throw new Failure(1, "only UTF-8 input is supported, got --encoding " + options.encoding);
    }
    if (options.sentenceLevel && options.metrics.size() > 1) {
      throw new Failure(1, "Only one metric can be used in sentence-level mode.");
    }
    if (options.numRefs != 1 && options.references.size() > 1) {
      throw new Failure(
          1,
          "--num-refs splits tab-separated references from one file; it cannot "
              + "be used with several reference files");
    }
    if (options.references.isEmpty()) {
      throw new Failure(
          1,
          "no reference files: give them before the -i/--input argument, e.g. "
              + "tarjama score ref.txt -i hyp.txt");
    }
  }

  private static void choice(String argument, String value, List<String> choices) throws Failure {
    if (!choices.contains(value)) {
      StringBuilder list = new StringBuilder();
      for (String c : choices) {
        list.append(list.length() == 0 ? "" : ", ").append('\'').append(c).append('\'');
      }
      throw new Failure(
          2,
          "argument " + argument + ": invalid choice: '" + value + "' (choose from " + list + ")");
    }
  }

  /** The systems (with their names) and the reference streams, checked for equal lengths. */
  record Inputs(
      List<String> names,
      List<List<String>> systems,
      List<List<String>> references,
      List<String> referenceNames) {}

  private Inputs readInputs() throws Failure, IOException {
    List<List<String>> references = new ArrayList<>();
    List<String> referenceNames = new ArrayList<>();
    for (int k = 0; k < Math.max(options.references.size(), options.numRefs); k++) {
      references.add(new ArrayList<>());
      referenceNames.add(
          options.numRefs == 1
              ? options.references.get(k)
              : options.references.get(0) + " (field " + (k + 1) + ")");
    }
    for (int k = 0; k < options.references.size(); k++) {
      List<String> lines = read(options.references.get(k));
      for (int n = 0; n < lines.size(); n++) {
        String line = rstrip(lines.get(n));
        if (options.numRefs == 1) {
          references.get(k).add(line);
          continue;
        }
        String[] fields = line.split("\t", options.numRefs);
        if (fields.length != options.numRefs) {
          throw new Failure(
              17,
              "FATAL: line "
                  + (n + 1)
                  + ": expected "
                  + options.numRefs
                  + " fields, but found "
                  + fields.length
                  + ".");
        }
        for (int f = 0; f < fields.length; f++) {
          references.get(f).add(fields[f]);
        }
      }
    }
    List<String> names = new ArrayList<>();
    List<List<String>> systems = new ArrayList<>();
    boolean paired = options.pairedBs || options.pairedAr;
    if (options.input == null) {
      readStandardInput(names, systems);
    } else {
      for (String file : options.input) {
        if (names.contains(file)) {
          if (paired && file.equals(names.get(0))) {
            continue;
          }
          throw new Failure(
              1,
              "'"
                  + file
                  + "' already used to name a system; give each system "
                  + "a different file name");
        }
        List<String> lines = new ArrayList<>();
        for (String line : read(file)) {
          lines.add(rstrip(line));
        }
        names.add(file);
        systems.add(lines);
      }
    }
    checkModes(paired, systems.size());
    for (int s = 0; s < systems.size(); s++) {
      String name = options.input == null ? "standard input" : names.get(s);
      if (systems.get(s).isEmpty()) {
        throw new Failure(1, name + " contains no lines");
      }
      for (int k = 0; k < references.size(); k++) {
        if (references.get(k).size() != systems.get(s).size()) {
          throw new Failure(
              1,
              name
                  + " has "
                  + systems.get(s).size()
                  + " lines but "
                  + referenceNames.get(k)
                  + " has "
                  + references.get(k).size());
        }
      }
    }
    if (paired) {
      names.set(0, options.input == null ? "Baseline" : "Baseline: " + names.get(0));
    }
    return new Inputs(names, systems, references, referenceNames);
  }

  private void readStandardInput(List<String> names, List<List<String>> systems)
      throws Failure, IOException {
    List<String> lines = TextLines.readUniversal(stdin, "standard input");
    if (lines.isEmpty()) {
      throw new Failure(1, "standard input contains no lines");
    }
    String[] first = rstrip(lines.get(0)).split("\t", -1);
    for (int s = 0; s < first.length; s++) {
      names.add("System " + (s + 1));
      systems.add(new ArrayList<>(List.of(first[s])));
    }
    for (int n = 1; n < lines.size(); n++) {
      String[] fields = rstrip(lines.get(n)).split("\t", -1);
      if (fields.length != first.length) {
        throw new Failure(
            17,
            "FATAL: the number of tab-delimited fields in the input stream "
                + "differ across lines: line 1 has "
                + first.length
                + ", line "
                + (n + 1)
                + " has "
                + fields.length);
      }
      for (int s = 0; s < fields.length; s++) {
        systems.get(s).add(rstrip(fields[s]));
      }
    }
  }

  private void checkModes(boolean paired, int systemCount) throws Failure {
    if (options.sentenceLevel && systemCount > 1) {
      throw new Failure(1, "Only one system can be evaluated in sentence-level mode.");
    }
    if (options.sentenceLevel && (options.confidence || paired)) {
      throw new Failure(1, "Statistical tests are unavailable in sentence-level mode.");
    }
    if (paired && systemCount == 1) {
      throw new Failure(1, "Paired tests require multiple input systems given to --input (-i).");
    }
    if (systemCount > 1 && options.confidence) {
      throw new Failure(1, "Use paired tests (--paired) for multiple systems.");
    }
  }

  private List<String> read(String file) throws IOException {
    return TextLines.read(directory.resolve(file));
  }

  /** Python's {@code str.rstrip()} through the library's definition of whitespace. */
  private static String rstrip(String line) {
    int end = line.length();
    while (end > 0) {
      int c = line.codePointBefore(end);
      if (!isPythonSpace(c)) {
        break;
      }
      end -= Character.charCount(c);
    }
    return line.substring(0, end);
  }

  private static boolean isPythonSpace(int c) {
    return (c >= 0x09 && c <= 0x0D)
        || (c >= 0x1C && c <= 0x20)
        || c == 0x85
        || c == 0xA0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }

  private Metric metric(String name) throws Failure {
    try {
      return switch (name) {
        case "bleu" -> {
          BleuOptions bleu =
              BleuOptions.DEFAULTS
                  .withTokenizer(
                      BleuTokenizer.fromName(options.tokenize == null ? "13a" : options.tokenize))
                  .withSmoothing(BleuSmoothing.fromName(options.smoothMethod))
                  .withLowercase(options.lowercase)
                  // The sacrebleu command turns effective order on for sentence-level BLEU.
                  .withEffectiveOrder(options.sentenceLevel);
          if (options.smoothValue != null) {
            bleu = bleu.withSmoothValue(options.smoothValue);
          }
          yield new Bleu(bleu);
        }
        case "chrf" ->
            new Chrf(
                new ChrfOptions(
                    options.chrfCharOrder,
                    options.chrfWordOrder,
                    options.chrfBeta,
                    options.chrfLowercase,
                    options.chrfWhitespace,
                    options.chrfEpsSmoothing));
        case "ter" ->
            new Ter(
                new TerOptions(
                    options.terNormalized,
                    options.terNoPunct,
                    options.terAsianSupport,
                    options.terCaseSensitive));
        default -> throw new Failure(2, "unknown metric " + name);
      };
    } catch (IllegalArgumentException e) {
      throw new Failure(1, e.getMessage());
    }
  }

  /** sacreBLEU's seed: {@code SACREBLEU_SEED}, default 12345; {@code none} draws one. */
  private long seed() throws Failure {
    String value = environment.getOrDefault("SACREBLEU_SEED", "12345");
    if (value.equalsIgnoreCase("none")) {
      return new SecureRandom().nextLong() & 0xFFFFFFFFL;
    }
    try {
      long seed = Long.parseLong(value.trim());
      if (seed < 0 || seed > 0xFFFFFFFFL) {
        throw new Failure(1, "SACREBLEU_SEED must be in [0, 2^32) or 'none', got " + value);
      }
      return seed;
    } catch (NumberFormatException e) {
      throw new Failure(1, "SACREBLEU_SEED must be an integer or 'none', got " + value);
    }
  }

  private String seedName() {
    return environment.getOrDefault("SACREBLEU_SEED", "12345").toLowerCase(Locale.ROOT);
  }
}
