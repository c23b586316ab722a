package dev.tarjama.cli;

import dev.tarjama.align.FastAlignFormat;
import dev.tarjama.align.FastAlignModel;
import dev.tarjama.align.FastAlignOptions;
import dev.tarjama.align.FastAlignTrainer;
import dev.tarjama.align.FastAlignTraining;
import dev.tarjama.align.SentencePair;
import dev.tarjama.align.Symmetrization;
import dev.tarjama.align.WordAlignment;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tarjama fast-align}: a drop-in replacement for fast_align that takes its input format
 * ({@code source ||| target} lines) and flags and prints the same alignments on stdout and the same
 * log on stderr; plus atools' symmetrisations and saved models.
 */
@Command(
    name = "fast-align",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Word-aligns a parallel corpus like fast_align (Dyer et al. 2013) and prints Pharaoh links.",
      "Input lines are 'source words ||| target words'. Typical: -i corpus -d -o -v;"
          + " with --symmetrize grow-diag-final-and both directions are trained in parallel.",
      "Without -i, --symmetrize combines --forward-alignments and --reverse-alignments"
          + " like 'atools -c'."
    })
final class FastAlignCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "-i", paramLabel = "FILE", description = "input corpus ('-' for stdin)")
  private String input;

  @Option(names = "-d", description = "favor alignment points close to the diagonal")
  private boolean favorDiagonal;

  @Option(names = "-o", description = "optimize the diagonal tension")
  private boolean optimizeTension;

  @Option(names = "-v", description = "variational Bayes with a Dirichlet prior on t(f|e)")
  private boolean variationalBayes;

  @Option(names = "-r", description = "reverse: predict source words from target words")
  private boolean reverse;

  @Option(names = "-I", paramLabel = "N", description = "EM iterations (default: 5)")
  private int iterations = FastAlignOptions.DEFAULTS.iterations();

  @Option(names = "-T", paramLabel = "X", description = "starting diagonal tension; implies -d")
  private Double tension;

  @Option(names = "-q", paramLabel = "P", description = "NULL prior p0 with -d (default: 0.08)")
  private double nullProbability = FastAlignOptions.DEFAULTS.nullProbability();

  @Option(names = "-a", paramLabel = "A", description = "Dirichlet alpha for -v (default: 0.01)")
  private double alpha = FastAlignOptions.DEFAULTS.alpha();

  @Option(names = "-N", description = "no NULL word")
  private boolean noNullWord;

  @Option(names = "-p", paramLabel = "FILE", description = "write the table: e TAB f TAB ln t")
  private Path translationTable;

  @Option(names = "-t", paramLabel = "T", description = "-p keeps ln t >= -T*ln(max t); default -4")
  private double beamThreshold = FastAlignModel.DEFAULT_BEAM_THRESHOLD;

  @Option(names = "-s", description = "print 'links ||| log p(target, links | source)'")
  private boolean printScores;

  @Option(
      names = {"-c", "--symmetrize"},
      paramLabel = "NAME",
      description = "intersect, union, grow-diag, grow-diag-final or grow-diag-final-and")
  private String symmetrize;

  @Option(names = "--forward-output", paramLabel = "FILE", description = "with -c and -i")
  private Path forwardOutput;

  @Option(names = "--reverse-output", paramLabel = "FILE", description = "with -c and -i")
  private Path reverseOutput;

  @Option(names = "--forward-alignments", paramLabel = "FILE", description = "-c without -i")
  private Path forwardAlignments;

  @Option(names = "--reverse-alignments", paramLabel = "FILE", description = "-c without -i")
  private Path reverseAlignments;

  @Option(names = "--save-model", paramLabel = "FILE", description = "save the trained model")
  private Path saveModel;

  @Option(names = "--model", paramLabel = "FILE", description = "align -i with a saved model")
  private Path model;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (input == null) {
      return combine(out);
    }
    Symmetrization symmetrization = symmetrize == null ? null : symmetrization();
    err.print(FastAlignLog.argumentEcho(spec.commandLine().getParseResult().originalArgs()));
    List<SentencePair> corpus = readCorpus(input);
    if (model != null) {
      alignWithModel(FastAlignModel.load(model), corpus, out);
    } else if (symmetrization == null) {
      trainOne(corpus, out, err);
    } else {
      trainBoth(corpus, symmetrization, out, err);
    }
    out.flush();
    err.flush();
    return 0;
  }

  private int combine(PrintWriter out) throws IOException {
    if (symmetrize == null || forwardAlignments == null || reverseAlignments == null) {
      throw new ParameterException(
          spec.commandLine(),
          "give -i FILE to align a corpus, or -c NAME with --forward-alignments and"
              + " --reverse-alignments to combine alignments");
    }
    Symmetrization symmetrization = symmetrization();
    List<String> forward = readLines(forwardAlignments.toString());
    List<String> reverseLines = readLines(reverseAlignments.toString());
    if (forward.size() != reverseLines.size()) {
      throw new ParameterException(
          spec.commandLine(),
          "forward alignments "
              + forwardAlignments
              + " have "
              + forward.size()
              + " lines but reverse alignments "
              + reverseAlignments
              + " have "
              + reverseLines.size());
    }
    List<WordAlignment> combined = new ArrayList<>(forward.size());
    for (int line = 0; line < forward.size(); line++) {
      try {
        combined.add(
            symmetrization.apply(
                WordAlignment.parsePharaoh(forward.get(line)),
                WordAlignment.parsePharaoh(reverseLines.get(line))));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(
            spec.commandLine(), "line " + (line + 1) + ": " + e.getMessage(), e);
      }
    }
    writeAlignments(combined, out);
    out.flush();
    return 0;
  }

  private void trainOne(List<SentencePair> corpus, PrintWriter out, PrintWriter err)
      throws IOException {
    FastAlignTraining training = FastAlignTrainer.train(corpus, options(reverse));
    err.print(FastAlignLog.trainingLog(corpus, training));
    if (printScores) {
      printWithScores(training.model(), corpus, training.alignments(), out);
    } else {
      writeAlignments(training.alignments(), out);
    }
    if (translationTable != null) {
      err.print("conditional probabilities: " + translationTable + "\n");
      try (Writer writer = Files.newBufferedWriter(translationTable, StandardCharsets.UTF_8)) {
        training.model().writeTranslationTable(writer, beamThreshold);
      }
    }
    if (saveModel != null) {
      training.model().save(saveModel);
    }
  }

  private void trainBoth(
      List<SentencePair> corpus, Symmetrization symmetrization, PrintWriter out, PrintWriter err)
      throws IOException {
    if (printScores || translationTable != null || saveModel != null || reverse) {
      throw new ParameterException(
          spec.commandLine(),
          "-c with -i trains both directions; it cannot be combined with"
              + " -r, -s, -p or --save-model");
    }
    CompletableFuture<FastAlignTraining> backward =
        CompletableFuture.supplyAsync(() -> FastAlignTrainer.train(corpus, options(true)));
    FastAlignTraining forward = FastAlignTrainer.train(corpus, options(false));
    FastAlignTraining reverseTraining;
    try {
      reverseTraining = backward.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    err.print(FastAlignLog.trainingLog(corpus, forward));
    err.print(FastAlignLog.trainingLog(corpus, reverseTraining));
    if (forwardOutput != null) {
      writeAlignments(forward.alignments(), forwardOutput);
    }
    if (reverseOutput != null) {
      writeAlignments(reverseTraining.alignments(), reverseOutput);
    }
    List<WordAlignment> combined = new ArrayList<>(corpus.size());
    for (int line = 0; line < corpus.size(); line++) {
      combined.add(
          symmetrization.apply(
              forward.alignments().get(line), reverseTraining.alignments().get(line)));
    }
    writeAlignments(combined, out);
  }

  private void alignWithModel(FastAlignModel loaded, List<SentencePair> corpus, PrintWriter out) {
    List<WordAlignment> alignments = new ArrayList<>(corpus.size());
    for (SentencePair pair : corpus) {
      alignments.add(loaded.align(pair.sourceWords(), pair.targetWords()));
    }
    if (printScores) {
      printWithScores(loaded, corpus, alignments, out);
    } else {
      writeAlignments(alignments, out);
    }
  }

  private FastAlignOptions options(boolean reversed) {
    try {
      return new FastAlignOptions(
          iterations,
          favorDiagonal || tension != null,
          nullProbability,
          tension != null ? tension : FastAlignOptions.DEFAULTS.tension(),
          optimizeTension,
          variationalBayes,
          alpha,
          !noNullWord,
          reversed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private Symmetrization symmetrization() {
    try {
      return Symmetrization.fromAtoolsName(symmetrize);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private void printWithScores(
      FastAlignModel scorer,
      List<SentencePair> corpus,
      List<WordAlignment> alignments,
      PrintWriter out) {
    StringBuilder text = new StringBuilder();
    for (int line = 0; line < corpus.size(); line++) {
      SentencePair pair = corpus.get(line);
      text.append(alignments.get(line).toPharaoh()).append(" ||| ");
      text.append(FastAlignFormat.number(scorer.score(pair.sourceWords(), pair.targetWords())));
      text.append('\n');
      if (text.length() > (1 << 16)) {
        out.print(text);
        text.setLength(0);
      }
    }
    out.print(text);
  }

  private static void writeAlignments(List<WordAlignment> alignments, PrintWriter out) {
    StringBuilder text = new StringBuilder();
    for (WordAlignment alignment : alignments) {
      text.append(alignment.toPharaoh()).append('\n');
      if (text.length() > (1 << 16)) {
        out.print(text);
        text.setLength(0);
      }
    }
    out.print(text);
  }

  private static void writeAlignments(List<WordAlignment> alignments, Path file)
      throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        PrintWriter out = new PrintWriter(writer)) {
      writeAlignments(alignments, out);
    }
  }

  private static List<SentencePair> readCorpus(String file) throws IOException {
    List<String> lines = readLines(file);
    List<SentencePair> corpus = new ArrayList<>(lines.size());
    for (String line : lines) {
      corpus.add(SentencePair.parse(line));
    }
    return corpus;
  }

  /** Lines split on '\n' only, as C++ getline does; malformed UTF-8 becomes U+FFFD. */
  private static List<String> readLines(String file) throws IOException {
    byte[] bytes = file.equals("-") ? System.in.readAllBytes() : TextLines.readBytes(Path.of(file));
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      lines.add(text.substring(start, end));
      start = end + 1;
    }
    return lines;
  }
}
