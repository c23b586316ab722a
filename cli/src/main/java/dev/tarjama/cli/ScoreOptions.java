package dev.tarjama.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code sacrebleu} command's arguments, with its names, short forms and defaults (2.6.0). */
final class ScoreOptions {

  @Parameters(
      arity = "0..*",
      paramLabel = "REF",
      description = "Reference files, line-aligned with the hypotheses; give them before -i.")
  List<String> references = new ArrayList<>();

  @Option(
      names = {"-i", "--input"},
      arity = "1..*",
      paramLabel = "HYP",
      description =
          "Hypothesis file(s); several for multi-system and paired tests. Default: "
              + "standard input, one system per tab-separated column.")
  List<String> input;

  @Option(
      names = {"-m", "--metrics"},
      arity = "1..*",
      paramLabel = "METRIC",
      description = "Metrics: bleu, chrf, ter (default: bleu).")
  List<String> metrics = new ArrayList<>(List.of("bleu"));

  @Option(
      names = {"-sl", "--sentence-level"},
      description = "Score each sentence.")
  boolean sentenceLevel;

  @Option(
      names = {"-nr", "--num-refs"},
      description = "Split each reference line on tabs into this many references (default: 1).")
  int numRefs = 1;

  @Option(
      names = {"-e", "--encoding"},
      description = "Input encoding; only utf-8.")
  String encoding = "utf-8";

  @Option(
      names = {"-t", "--test-set"},
      hidden = true)
  String testSet;

  @Option(
      names = {"-l", "--language-pair"},
      hidden = true)
  String languagePair;

  @Option(
      names = {"-s", "--smooth-method"},
      description = "BLEU smoothing: exp (default), floor, add-k, none.")
  String smoothMethod = "exp";

  @Option(
      names = {"-sv", "--smooth-value"},
      description = "BLEU smoothing value for floor (default 0.1) and add-k (default 1).")
  Double smoothValue;

  @Option(
      names = {"-tok", "--tokenize"},
      description = "BLEU tokenizer: 13a (default), intl, char, none.")
  String tokenize;

  @Option(
      names = {"-lc", "--lowercase"},
      description = "Case-insensitive BLEU.")
  boolean lowercase;

  @Option(
      names = {"--force"},
      description = "Accepted for compatibility; no effect on scores.")
  boolean force;

  @Option(
      names = {"-cc", "--chrf-char-order"},
      description = "chrF character order (default 6).")
  int chrfCharOrder = 6;

  @Option(
      names = {"-cw", "--chrf-word-order"},
      description = "chrF word order (default 0); 2 gives chrF++.")
  int chrfWordOrder = 0;

  @Option(
      names = {"--chrf-beta"},
      description = "chrF beta (default 2).")
  int chrfBeta = 2;

  @Option(
      names = {"--chrf-whitespace"},
      description = "Keep whitespace in character n-grams.")
  boolean chrfWhitespace;

  @Option(
      names = {"--chrf-lowercase"},
      description = "Case-insensitive chrF.")
  boolean chrfLowercase;

  @Option(
      names = {"--chrf-eps-smoothing"},
      description = "Epsilon smoothing (chrF++.py, Moses, NLTK) instead of effective order.")
  boolean chrfEpsSmoothing;

  @Option(
      names = {"--ter-case-sensitive"},
      description = "Case-sensitive TER.")
  boolean terCaseSensitive;

  @Option(
      names = {"--ter-asian-support"},
      description = "TER support for CJK characters.")
  boolean terAsianSupport;

  @Option(
      names = {"--ter-no-punct"},
      description = "Remove punctuation for TER.")
  boolean terNoPunct;

  @Option(
      names = {"--ter-normalized"},
      description = "Tercom normalization for TER.")
  boolean terNormalized;

  @Option(
      names = {"-ci", "--confidence"},
      description = "Report a 95%% confidence interval by bootstrap resampling.")
  boolean confidence;

  @Option(
      names = {"-cin", "--confidence-n"},
      description = "Bootstrap resamples (default 1000).")
  int confidenceN = 1000;

  @Option(
      names = {"-par", "--paired-ar"},
      description = "Paired approximate randomisation test against the first system.")
  boolean pairedAr;

  @Option(
      names = {"-pbs", "--paired-bs"},
      description = "Paired bootstrap resampling test against the first system.")
  boolean pairedBs;

  @Option(
      names = {"-parn", "--paired-ar-n"},
      description = "AR trials (default 10000).")
  int pairedArN = 10000;

  @Option(
      names = {"-pbsn", "--paired-bs-n"},
      description = "Bootstrap resamples (default 1000).")
  int pairedBsN = 1000;

  @Option(
      names = {"-j", "--paired-jobs"},
      description = "Accepted for compatibility; one job.")
  int pairedJobs = 1;

  @Option(
      names = {"-q", "--quiet"},
      description = "No informational messages.")
  boolean quiet;

  @Option(
      names = {"-sh", "--short"},
      description = "Short signatures.")
  boolean shortSignature;

  @Option(
      names = {"-b", "--score-only"},
      description = "Print only the score.")
  boolean scoreOnly;

  @Option(
      names = {"-w", "--width"},
      description = "Decimals of the scores (default 1).")
  int width = 1;

  @Option(
      names = {"-d", "--detail"},
      hidden = true)
  boolean detail;

  @Option(
      names = {"-nc", "--no-color"},
      description = "Accepted for compatibility; no colors.")
  boolean noColor;

  @Option(
      names = {"-f", "--format"},
      description = "Output format: json (default) or text; SACREBLEU_FORMAT overrides it.")
  String format = "json";
}
