package dev.tarjama;

import dev.tarjama.align.Alignment;
import dev.tarjama.align.AttentionExtraction;
import dev.tarjama.align.AttentionHead;
import dev.tarjama.decode.DecodeOptions;
import dev.tarjama.decode.EarlyStopping;
import dev.tarjama.model.GenerationConfig;
import dev.tarjama.model.LexicalShortlist;
import dev.tarjama.model.ModelConfig;
import dev.tarjama.model.ModelException;
import dev.tarjama.model.ModelFiles;
import dev.tarjama.model.ModelLayout;
import dev.tarjama.model.OnnxMarianModel;
import dev.tarjama.model.SessionSettings;
import dev.tarjama.model.WeightVariant;
import dev.tarjama.tokenize.MarianTokenizer;
import dev.tarjama.tokenize.SpecialTokens;
import dev.tarjama.tokenize.TokenizerException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Translates Arabic text into English with a Marian model exported to ONNX.
 *
 * <pre>{@code
 * try (Tarjama mt = Tarjama.builder(modelDir).build()) {
 *   Translation t = mt.translate(arabicText);
 *   t.text();        // the English
 *   t.sentences();   // per sentence: source char span, English, score
 * }
 * }</pre>
 *
 * <p>The text is split into sentences, a sentence too long for the model into clauses, and the
 * pieces are translated in batches sorted by length. Thread-safe: one instance may translate from
 * many threads at once, and gives each the same results as a single thread would. The instance owns
 * its ONNX Runtime sessions and SentencePiece processors; {@link #close} releases them and is
 * idempotent; any use after it throws {@link IllegalStateException}.
 */
public final class Tarjama implements AutoCloseable {
  private final OnnxMarianModel model;
  private final MarianTokenizer tokenizer;
  private final TranslationPipeline pipeline;
  private final ModelAligner aligner;
  private final boolean repairsWords;
  private final DecodeOptions defaults;
  private final AtomicBoolean closed = new AtomicBoolean();

  private Tarjama(Builder builder) {
    Path dir = builder.modelDir;
    ModelFiles files = ModelFiles.locate(dir, builder.weights, builder.layout);
    ModelConfig config = ModelConfig.read(files.file(ModelFiles.CONFIG));
    GenerationConfig generation =
        GenerationConfig.read(
            files.file(ModelFiles.GENERATION_CONFIG), files.file(ModelFiles.CONFIG));
    SpecialTokens special = TokenizerConfig.specialTokens(files.file(ModelFiles.TOKENIZER_CONFIG));
    MarianTokenizer loadedTokenizer =
        MarianTokenizer.load(
            files.file(ModelFiles.SOURCE_SPM),
            files.file(ModelFiles.TARGET_SPM),
            files.file(ModelFiles.VOCAB),
            special);
    try {
      ModelChecks.check(files, config, loadedTokenizer);
      this.defaults = builder.decodeOptions.orElse(defaultOptions(config, generation));
      Optional<LexicalShortlist> shortlist =
          builder.lexicalShortlist
              ? Optional.of(
                  LexicalShortlist.read(
                      files.file(LexicalShortlist.FILE_NAME),
                      config.vocabSize(),
                      config.eosTokenId()))
              : Optional.empty();
      this.model =
          OnnxMarianModel.open(
              files,
              config,
              SessionSettings.DEFAULTS.withIntraOpThreads(builder.threads),
              shortlist);
    } catch (RuntimeException e) {
      loadedTokenizer.close();
      throw e;
    }
    this.tokenizer = loadedTokenizer;
    int maxSourceTokens = builder.maxSourceTokens.orElse(config.maxPositionEmbeddings());
    if (maxSourceTokens > config.maxPositionEmbeddings()) {
      close();
      throw new IllegalArgumentException(
          "maxSourceTokens must be <= max_position_embeddings="
              + config.maxPositionEmbeddings()
              + ", got "
              + maxSourceTokens);
    }
    Path table = builder.lexicalTable.orElse(files.file(ModelAligner.LEXICAL_TABLE));
    boolean hasTable = Files.isRegularFile(table);
    if (builder.lexicalTable.isPresent() && !hasTable) {
      close();
      throw new TarjamaException("lexical table not found: " + table);
    }
    this.aligner = new ModelAligner(model, tokenizer, hasTable ? table : null);
    // A table given for another model knows another corpus's English: its words are not the ones
    // this model could have learnt, so only the model directory's own table repairs by default.
    this.repairsWords = hasTable && builder.repairWords.orElse(builder.lexicalTable.isEmpty());
    if (repairsWords) {
      // Word repair needs the table on the first translation: read it now, so that a bad table
      // fails here, naming the file, and not in translate().
      try {
        aligner.lexicalTable();
      } catch (ModelException e) {
        close();
        throw e;
      }
    }
    this.pipeline =
        new TranslationPipeline(
            model,
            tokenizer,
            config,
            new SourceSplitter(tokenizer, maxSourceTokens, builder.copyNonArabic),
            builder.batchSize,
            // The model's own limit: a caller who lowers max_length asks for the cut.
            builder.retranslateCut
                ? defaultOptions(config, generation).effectiveMaxLength()
                : Integer.MAX_VALUE,
            aligner,
            builder.repairNumbers,
            repairsWords);
  }

  /**
   * Starts building a translator for a model directory.
   *
   * @param modelDir a directory in one of the layouts {@link ModelFiles} describes
   */
  public static Builder builder(Path modelDir) {
    return new Builder(Objects.requireNonNull(modelDir, "modelDir"));
  }

  /** Translates a text (one sentence or a whole article) with the default options. */
  public Translation translate(String text) {
    return translate(text, defaults, TranslationProgress.NONE);
  }

  /**
   * Translates a text with the given search options.
   *
   * @param text Arabic text; empty or blank gives an empty translation
   * @param options search options; see {@link #defaultOptions()}
   * @param progress told after each batch how many sentences are done
   * @throws NullPointerException if an argument is null
   * @throws TarjamaException if ONNX Runtime or SentencePiece fails
   */
  public Translation translate(String text, DecodeOptions options, TranslationProgress progress) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(progress, "progress");
    return translateAll(List.of(text), options, progress).get(0);
  }

  /**
   * Translates many texts at once, their sentences sharing search batches: much faster than one
   * call per text when the texts are short (a test set, one sentence per line).
   *
   * @param texts Arabic texts; an empty or blank one gives an empty translation
   * @param options search options; see {@link #defaultOptions()}
   * @param progress told after each batch how many sentences of all texts are done
   * @return one translation per text, in order
   * @throws NullPointerException if an argument or a text is null
   * @throws TarjamaException if ONNX Runtime or SentencePiece fails
   */
  public List<Translation> translateAll(
      List<String> texts, DecodeOptions options, TranslationProgress progress) {
    Objects.requireNonNull(texts, "texts");
    for (String text : texts) {
      Objects.requireNonNull(text, "text");
    }
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(progress, "progress");
    checkOpen();
    try {
      return pipeline.translateAll(texts, options, progress);
    } catch (ModelException | TokenizerException e) {
      throw new TarjamaException(e.getMessage(), e);
    }
  }

  /**
   * Aligns the words of an Arabic text and a given English translation of it by forced decoding:
   * the model reads the English token by token and the default cross-attention head ({@link
   * #defaultAttentionHead()}) links each English word to an Arabic word, with {@link
   * AttentionExtraction#DEFAULTS}: where the model has a lexical table ({@link #hasLexicalTable()})
   * its word translation probabilities weigh the attention. It never fails on content: an unlikely
   * English aligns too. An empty or blank side gives an alignment without links.
   *
   * @throws TarjamaException if ONNX Runtime or SentencePiece fails, or the lexical table cannot be
   *     read (on the first alignment that needs it; the message names the file)
   */
  public Alignment align(String arabic, String english) {
    return align(arabic, english, List.of(defaultAttentionHead())).get(0);
  }

  /**
   * Aligns a pair once per attention head, with one forced decoding and the default extraction
   * ({@link AttentionExtraction#DEFAULTS}).
   *
   * @throws IllegalArgumentException if a head is not in the model
   * @throws TarjamaException if ONNX Runtime or SentencePiece fails
   */
  public List<Alignment> align(String arabic, String english, List<AttentionHead> heads) {
    return align(arabic, english, heads, AttentionExtraction.DEFAULTS);
  }

  /**
   * Aligns a pair once per attention head, with one forced decoding, turning each head's attention
   * into links as {@code extraction} says.
   *
   * @throws IllegalArgumentException if a head is not in the model
   * @throws TarjamaException if ONNX Runtime or SentencePiece fails
   */
  public List<Alignment> align(
      String arabic, String english, List<AttentionHead> heads, AttentionExtraction extraction) {
    Objects.requireNonNull(arabic, "arabic");
    Objects.requireNonNull(english, "english");
    Objects.requireNonNull(extraction, "extraction");
    List<AttentionHead> checked = List.copyOf(heads);
    checkOpen();
    try {
      return aligner.align(arabic, english, checked, extraction);
    } catch (ModelException | TokenizerException e) {
      throw new TarjamaException(e.getMessage(), e);
    }
  }

  /** Every head of every decoder layer of the model, layer by layer, not shifted. */
  public List<AttentionHead> attentionHeads() {
    return aligner.allHeads();
  }

  /**
   * Whether alignments use a lexical table ({@link AttentionExtraction#lexicalPrior}): the model
   * directory's {@code lexical_table.tsv.gz} or {@link Builder#lexicalTable}'s.
   */
  public boolean hasLexicalTable() {
    return aligner.hasLexicalTable();
  }

  /**
   * Whether translations have their made-up words repaired: {@link Builder#repairWords}, or its
   * default, with a lexical table to repair them with.
   */
  public boolean repairsWords() {
    return repairsWords;
  }

  /** The head {@link #align(String, String)} reads. */
  public AttentionHead defaultAttentionHead() {
    return aligner.defaultHead();
  }

  /**
   * Translates a text with the default options and aligns each translated piece with its English.
   *
   * @throws TarjamaException if ONNX Runtime or SentencePiece fails
   */
  public AlignedTranslation translateAndAlign(String text) {
    Translation translation = translate(text);
    List<Alignment> alignments = new java.util.ArrayList<>();
    for (SentenceTranslation sentence : translation.sentences()) {
      for (TranslatedPiece piece : sentence.pieces()) {
        alignments.add(align(text.substring(piece.start(), piece.end()), piece.text()));
      }
    }
    return new AlignedTranslation(translation, alignments);
  }

  /**
   * The options {@link #translate(String)} uses: the model's {@code generation_config.json}, or the
   * builder's.
   */
  public DecodeOptions defaultOptions() {
    return defaults;
  }

  /** The tokenizer, for components (alignment, evaluation) that need the model's pieces. */
  MarianTokenizer tokenizer() {
    return tokenizer;
  }

  private static DecodeOptions defaultOptions(ModelConfig config, GenerationConfig g) {
    int maxLength = Math.min(g.maxLength(), config.maxPositionEmbeddings());
    return new DecodeOptions(
        g.numBeams(),
        maxLength,
        g.maxNewTokens(),
        g.minLength(),
        g.lengthPenalty(),
        EarlyStopping.valueOf(g.earlyStopping().toUpperCase(Locale.ROOT)),
        g.noRepeatNgramSize(),
        g.repetitionPenalty(),
        Math.min(g.numReturnSequences(), g.numBeams()),
        g.badWordsIds(),
        g.forcedEosTokenId() == config.eosTokenId());
  }

  private void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("Translator is closed");
    }
  }

  /** Releases the ONNX Runtime sessions and SentencePiece processors; idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      if (model != null) {
        model.close();
      }
      if (tokenizer != null) {
        tokenizer.close();
      }
    }
  }

  /** Collects the files and options of a {@link Tarjama}; not thread-safe. */
  public static final class Builder {
    private final Path modelDir;
    private WeightVariant weights = WeightVariant.FULL;
    private Optional<ModelLayout> layout = Optional.empty();
    private Optional<DecodeOptions> decodeOptions = Optional.empty();
    private Optional<Integer> maxSourceTokens = Optional.empty();
    private int threads;
    private int batchSize = 16;
    private boolean lexicalShortlist;
    private Optional<Path> lexicalTable = Optional.empty();
    private boolean copyNonArabic = true;
    private boolean retranslateCut = true;
    private boolean repairNumbers = true;
    private Optional<Boolean> repairWords = Optional.empty();

    private Builder(Path modelDir) {
      this.modelDir = modelDir;
    }

    /** Loads the {@code *_quantized.onnx} files instead of the full ones. */
    public Builder quantized(boolean quantized) {
      this.weights = quantized ? WeightVariant.QUANTIZED : WeightVariant.FULL;
      return this;
    }

    /** Uses this decoder layout when a directory holds both; by default merged is preferred. */
    public Builder layout(ModelLayout layout) {
      this.layout = Optional.of(Objects.requireNonNull(layout, "layout"));
      return this;
    }

    /** Default search options, replacing those of the model's generation config. */
    public Builder decodeOptions(DecodeOptions options) {
      this.decodeOptions = Optional.of(Objects.requireNonNull(options, "options"));
      return this;
    }

    /** ONNX Runtime intra-op threads; 0 (the default) lets ONNX Runtime use one per core. */
    public Builder threads(int threads) {
      if (threads < 0) {
        throw new IllegalArgumentException("threads must be >= 0, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Restricts the output layer to a lexical shortlist, as Marian's {@code --shortlist} does: the
     * model directory's {@code lexical_shortlist.txt} (made by {@code
     * models/tools/make_shortlist.py}) lists the likely target pieces of each source piece, and
     * each batch computes the logits of its sources' lists and of the always-allowed pieces only.
     * Faster (the output layer is most of a decoder step), at a measured cost in quality
     * (bench/RESULTS.md); off by default, and off means results identical to Hugging Face's.
     */
    public Builder lexicalShortlist(boolean enabled) {
      this.lexicalShortlist = enabled;
      return this;
    }

    /**
     * The word translation table of the aligner's lexical prior ({@link
     * AttentionExtraction#lexicalPrior}), e.g. the default model's with another Arabic–English
     * model; by default the model directory's {@code lexical_table.tsv.gz}, if it has one. Written
     * by {@link dev.tarjama.align.LexicalTable#write}; read on the first alignment.
     */
    public Builder lexicalTable(Path file) {
      this.lexicalTable = Optional.of(Objects.requireNonNull(file, "file"));
      return this;
    }

    /**
     * Whether a sentence without a single Arabic letter (an English quotation, a URL, a number) is
     * copied instead of translated, with Arabic-Indic digits and Arabic punctuation written the
     * English way (e.g. "١٢٣٤ ٥٦٧" → "1234 567"); its piece has score 0 and 0 tokens. On by
     * default: a model trained on Arabic invents English for anything else. Off: every sentence
     * goes to the model, as in Hugging Face's pipeline.
     */
    public Builder copyNonArabic(boolean enabled) {
      this.copyNonArabic = enabled;
      return this;
    }

    /**
     * Whether a piece whose best translation reached the model's output length limit ({@code
     * max_length} of its generation config) is cut in two and each half translated again, until no
     * piece reaches the limit or one is too short to halve; {@link TranslatedPiece#cut} marks a
     * piece that still reached it. The cut is at a clause boundary (a semicolon, else a comma, else
     * a clause-opening waw, each the nearest the middle), else at the space nearest the middle, and
     * leaves each half at least 6 tokens; a piece under 12 tokens is not halved. Decode options
     * with a lower limit than the model's are the caller's cap: their pieces are marked, not
     * halved. On by default: a model that does not end a long sentence would otherwise lose its
     * end. Off: every sentence is searched once, as in Hugging Face's pipeline.
     */
    public Builder retranslateCut(boolean enabled) {
      this.retranslateCut = enabled;
      return this;
    }

    /**
     * Whether a number of a translation that the source lacks is replaced by the source number its
     * word is aligned to: "1967" for a source "1976" becomes "1976". A number of the English is
     * replaced when no Arabic number has its value (commas and leading zeros do not count, a
     * decimal point does; Arabic-Indic digits count as 0–9) and the Arabic word its word is
     * aligned to holds exactly one number that the English has fewer times than the Arabic (or,
     * when no number is replaced that way, it is the English's only such number and the English
     * lacks just one Arabic number, once); it becomes that number, in English digits, as the
     * Arabic writes it. Aligned to: the Arabic word the default head ({@link
     * Tarjama#defaultAttentionHead}) attends to most as the English word is written, with the
     * default alignment's priors (the target-side argmax, {@link
     * AttentionExtraction.Rule#TARGET_ARGMAX}), as OpenNMT's {@code -replace_unk} copies through
     * the attention. Only a piece where that is possible costs an alignment; its text and first
     * alternative are the repaired English, its score and tokens the model's. On by default: a
     * small model garbles digits. Off: the English is the model's, as in Hugging Face's pipeline.
     */
    public Builder repairNumbers(boolean enabled) {
      this.repairNumbers = enabled;
      return this;
    }

    /**
     * Whether a word the translation made up out of pieces is replaced by the lexical table's
     * translation of the Arabic word it is aligned to: "Sponia" for a source "إسبانيا" becomes
     * "Spain". A word is made up when it is letters a–z only and the table ({@link #lexicalTable},
     * by default the model directory's) has no pair with it: the training English never had it. It
     * is replaced when it is aligned (as in {@link #repairNumbers}) to an Arabic word and the
     * table has a letters-only translation of that word, or else of it without diacritics, a
     * leading clitic (و ف ب ل ك ال and their clusters with ال) or an attached pronoun, that the
     * English does not already have: the one of highest t(english | arabic) among the pairs both
     * of its fast_align models keep. Capitalised like the word it replaces. An Arabic word of
     * Latin letters ("NASA") is not looked up but copied as written. Only a piece with a
     * made-up word costs an alignment; its text and first alternative are the repaired English,
     * its score and tokens the model's. {@link #build} reads the table, to know its English words
     * (so a bad table fails there): for the default model's that makes loading 0.7 s slower and
     * the process's peak RSS about 200 MiB larger (bench/RESULTS.md, "Session 15"). On by default
     * when the model directory has its own lexical table (a small model spells out names and rare
     * words it does not know); off by default with a table given by {@link #lexicalTable}, whose
     * English words are another corpus's (pass {@code true} to use it anyway); without a table,
     * and when off, the English is the model's, as in Hugging Face's pipeline.
     */
    public Builder repairWords(boolean enabled) {
      this.repairWords = Optional.of(enabled);
      return this;
    }

    /** Sentences per search batch; default 16. */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * Longest source, in model tokens with end-of-sentence, translated in one piece; longer
     * sentences are split at clause boundaries. Default and maximum: the model's positions.
     */
    public Builder maxSourceTokens(int tokens) {
      if (tokens < 2) {
        throw new IllegalArgumentException("maxSourceTokens must be >= 2, got " + tokens);
      }
      this.maxSourceTokens = Optional.of(tokens);
      return this;
    }

    /**
     * Loads the model.
     *
     * @throws TarjamaException naming the file that is missing, unreadable or inconsistent
     */
    public Tarjama build() {
      try {
        return new Tarjama(this);
      } catch (ModelException | TokenizerException e) {
        throw new TarjamaException(e.getMessage(), e);
      }
    }
  }
}
