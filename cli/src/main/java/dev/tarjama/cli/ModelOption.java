package dev.tarjama.cli;

import dev.tarjama.Tarjama;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import picocli.CommandLine.Option;

/**
 * The {@code --model}, {@code --quantized}, {@code --lexical-shortlist}, {@code --threads},
 * {@code --max-source-tokens}, {@code --copy-non-arabic}, {@code --retranslate-cut}, {@code
 * --repair-numbers} and {@code --repair-words} options shared by the subcommands that load one.
 */
final class ModelOption {
  /** The shipped default model, relative to the repository root. */
  static final String DEFAULT_MODEL = "models/tarjama-ar-en";

  @Option(
      names = {"-m", "--model"},
      paramLabel = "DIR",
      description =
          "Model directory (Optimum ONNX export of a Marian model). Default: the shipped model, "
              + DEFAULT_MODEL)
  Path model;

  @Option(names = "--quantized", description = "Load the *_quantized.onnx files of the model.")
  boolean quantized;

  @Option(
      names = "--lexical-shortlist",
      description =
          "Compute logits only for the model's lexical shortlist (lexical_shortlist.txt in the"
              + " model directory): faster, slightly different translations.")
  boolean lexicalShortlist;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "ONNX Runtime threads; 0 = one per core (default).")
  int threads;

  @Option(
      names = "--max-source-tokens",
      paramLabel = "N",
      description =
          "Longest source, in model tokens, translated in one piece; longer sentences are split"
              + " at clause boundaries. Default: the model's positions.")
  Integer maxSourceTokens;

  @Option(
      names = "--copy-non-arabic",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Copy sentences without an Arabic letter (English, URLs, numbers; Arabic digits and"
              + " punctuation written the English way) instead of translating them (default);"
              + " --no-copy-non-arabic sends every sentence to the model.")
  boolean copyNonArabic = true;

  @Option(
      names = "--retranslate-cut",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Cut a piece whose translation reached the model's max_length in two at the clause or"
              + " word boundary nearest its middle and translate the halves again (default);"
              + " --no-retranslate-cut searches every sentence once.")
  boolean retranslateCut = true;

  @Option(
      names = "--repair-numbers",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Replace a number of the English that the Arabic lacks by the Arabic number its word is"
              + " aligned to, when that is the one the English lacks (default);"
              + " --no-repair-numbers keeps the model's numbers.")
  boolean repairNumbers = true;

  @Option(
      names = "--repair-words",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Replace a word the English made up (letters only, not in the model's lexical table)"
              + " by the table's translation of the Arabic word it is aligned to, or by that word"
              + " if it is Latin-script (default, when the model has a lexical table);"
              + " --no-repair-words keeps the model's words.")
  boolean repairWords = true;

  /** Fails naming the option when it is given and below {@code min}. */
  static void requireAtLeast(String option, Integer value, int min) {
    if (value != null && value < min) {
      throw new IllegalArgumentException(option + " must be at least " + min + ", got " + value);
    }
  }

  /** A builder for the model directory with these options applied. */
  Tarjama.Builder builder() {
    requireAtLeast("--max-source-tokens", maxSourceTokens, 2);
    requireAtLeast("--threads", threads, 0);
    Tarjama.Builder builder =
        Tarjama.builder(directory())
            .quantized(quantized)
            .lexicalShortlist(lexicalShortlist)
            .copyNonArabic(copyNonArabic)
            .retranslateCut(retranslateCut)
            .repairNumbers(repairNumbers)
            .repairWords(repairWords)
            .threads(threads);
    if (maxSourceTokens != null) {
      builder.maxSourceTokens(maxSourceTokens);
    }
    return builder;
  }

  /**
   * The settings that shape translations besides the search options.
   *
   * @param repairsWords whether the loaded translator repairs made-up words ({@code
   *     --repair-words} and a lexical table: {@link Tarjama#repairsWords})
   */
  PipelineSettings pipeline(boolean repairsWords) {
    return new PipelineSettings(
        repairNumbers,
        repairsWords,
        retranslateCut,
        copyNonArabic,
        lexicalShortlist,
        maxSourceTokens == null ? OptionalInt.empty() : OptionalInt.of(maxSourceTokens));
  }

  /** The model directory: the option, else the shipped model beside the launcher. */
  Path directory() {
    if (model != null) {
      return model;
    }
    String home = System.getenv().getOrDefault("TARJAMA_HOME", ".");
    Path shipped = Path.of(home).resolve(DEFAULT_MODEL);
    if (!Files.isDirectory(shipped)) {
      throw new IllegalArgumentException(
          "no --model given and the default model " + shipped + " does not exist");
    }
    return shipped;
  }
}
