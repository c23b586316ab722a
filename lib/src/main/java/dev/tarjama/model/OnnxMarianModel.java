package dev.tarjama.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.Result;
import ai.onnxruntime.TensorInfo;
import dev.tarjama.model.OnnxNames.CacheKind;
import dev.tarjama.model.ShortlistGraphRewriter.Step;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * A Marian model exported to ONNX (Optimum layouts), run with ONNX Runtime.
 *
 * <p>Thread-safe: ONNX Runtime sessions may run concurrently, and all decoding state lives in the
 * {@link DecoderState} each {@link #start} returns. The instance owns its sessions; {@link #close}
 * releases them and is idempotent.
 */
public final class OnnxMarianModel implements Seq2SeqModel, AutoCloseable {
  private static final String GATHER_RESOURCE = "gather_rows.onnx";

  private final OrtEnvironment env;
  private final ModelFiles files;
  private final ModelConfig config;
  private final OrtSession encoder;
  private final OrtSession firstDecoder;
  private final OrtSession pastDecoder;
  private final SessionSettings settings;
  private final AtomicReference<OrtSession> attentionDecoder = new AtomicReference<>();
  private final OrtSession gather;
  private final Optional<LexicalShortlist> shortlist;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Whether the decoder's logits width is known to equal the config's vocabulary size, so that a
   * step may let ONNX Runtime write the logits into a buffer of that width (set by {@link #probe}).
   */
  private volatile boolean logitsWidthChecked;

  private OnnxMarianModel(
      OrtEnvironment env,
      ModelFiles files,
      ModelConfig config,
      OrtSession encoder,
      OrtSession firstDecoder,
      OrtSession pastDecoder,
      SessionSettings settings,
      OrtSession gather,
      Optional<LexicalShortlist> shortlist) {
    this.env = env;
    this.files = files;
    this.config = config;
    this.encoder = encoder;
    this.firstDecoder = firstDecoder;
    this.pastDecoder = pastDecoder;
    this.settings = settings;
    this.gather = gather;
    this.shortlist = shortlist;
  }

  /**
   * Opens the sessions of a model and checks their inputs and outputs against the config.
   *
   * @throws ModelException naming the file that is missing, unreadable or inconsistent
   */
  public static OnnxMarianModel open(
      ModelFiles files, ModelConfig config, SessionSettings settings) {
    return open(files, config, settings, Optional.empty());
  }

  /**
   * Opens the sessions of a model, optionally with a lexical shortlist: the decoder is then loaded
   * from a copy rewritten by {@link ShortlistGraphRewriter}, and every batch computes the logits of
   * its shortlist's ids only; the other ids get {@code -Infinity}, so the search's log-softmax
   * normalises over the shortlist, as Marian's does. Scores and translations then differ from the
   * full output layer's; without a shortlist they equal Hugging Face's.
   *
   * @throws ModelException naming the file that is missing, unreadable or inconsistent, or a
   *     shortlist made for another vocabulary size
   */
  public static OnnxMarianModel open(
      ModelFiles files,
      ModelConfig config,
      SessionSettings settings,
      Optional<LexicalShortlist> shortlist) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(shortlist, "shortlist");
    if (shortlist.isPresent() && shortlist.get().vocabSize() != config.vocabSize()) {
      throw new ModelException(
          "the lexical shortlist is for vocab_size="
              + shortlist.get().vocabSize()
              + " but config.json says vocab_size="
              + config.vocabSize());
    }
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    List<OrtSession> opened = new ArrayList<>();
    boolean restrict = shortlist.isPresent();
    try (OrtSession.SessionOptions options = sessionOptions(settings)) {
      OrtSession encoder = openSession(env, files.encoder(), options, opened);
      boolean merged = files.layout() == ModelLayout.MERGED;
      OrtSession first =
          openDecoder(
              env,
              files.decoder(),
              options,
              opened,
              restrict ? (merged ? Step.MERGED : Step.FIRST) : null);
      OrtSession past =
          merged
              ? first
              : openDecoder(
                  env, files.decoderWithPast(), options, opened, restrict ? Step.CACHED : null);
      OrtSession gather = openGather(env, options, opened);
      SessionChecks.checkEncoder(encoder, files.encoder());
      SessionChecks.checkDecoder(first, files.decoder(), config, false);
      SessionChecks.checkDecoder(past, files.decoderWithPast(), config, true);
      OnnxMarianModel model =
          new OnnxMarianModel(
              env, files, config, encoder, first, past, settings, gather, shortlist);
      model.probe();
      return model;
    } catch (OrtException e) {
      closeAll(opened);
      throw new ModelException("cannot create ONNX Runtime session options: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeAll(opened);
      throw e;
    }
  }

  private static OrtSession.SessionOptions sessionOptions(SessionSettings settings)
      throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
    // Errors only: the optimizer's warnings (e.g. "Removing initializer ... weight_zero_point" on
    // every int8 export) say nothing a user can act on; failures still raise OrtException.
    options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
    if (settings.intraOpThreads() > 0) {
      options.setIntraOpNumThreads(settings.intraOpThreads());
    }
    options.setInterOpNumThreads(1);
    for (Map.Entry<String, String> entry : settings.configEntries().entrySet()) {
      options.addConfigEntry(entry.getKey(), entry.getValue());
    }
    return options;
  }

  private static OrtSession openSession(
      OrtEnvironment env, Path file, OrtSession.SessionOptions options, List<OrtSession> opened) {
    try {
      OrtSession session = env.createSession(file.toString(), options);
      opened.add(session);
      return session;
    } catch (OrtException e) {
      throw new ModelException("cannot load ONNX model " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A decoder session, from the file or, with a shortlist ({@code step} not null), from its copy
   * rewritten for that kind of decoder.
   */
  private static OrtSession openDecoder(
      OrtEnvironment env,
      Path file,
      OrtSession.SessionOptions options,
      List<OrtSession> opened,
      Step step) {
    if (step == null) {
      return openSession(env, file, options, opened);
    }
    try {
      OrtSession session =
          openRewrittenCopy(
              env,
              file,
              options,
              model -> ShortlistGraphRewriter.restrictLogits(model, step, file.toString()));
      opened.add(session);
      return session;
    } catch (IOException | OrtException e) {
      throw new ModelException(
          "cannot load " + file + " with a lexical shortlist: " + e.getMessage(), e);
    }
  }

  /**
   * A session on a copy of {@code file} changed by {@code rewrite} (which returns a direct buffer).
   * The file is mapped, not read into the Java heap, whose pages would stay resident after the
   * collector had freed a model-sized array; the mapping and the rewritten copy are freed as soon
   * as ONNX Runtime has the session (it keeps its own copy of what it needs).
   */
  private static OrtSession openRewrittenCopy(
      OrtEnvironment env,
      Path file,
      OrtSession.SessionOptions options,
      UnaryOperator<ByteBuffer> rewrite)
      throws IOException, OrtException {
    ByteBuffer rewritten;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      if (channel.size() > Integer.MAX_VALUE - 8) {
        throw new ModelException(
            file + " is too large (" + channel.size() + " bytes) to be rewritten in memory");
      }
      MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
      try {
        rewritten = rewrite.apply(mapped);
      } finally {
        DirectBuffers.free(mapped);
      }
    }
    try {
      return env.createSession(rewritten, options);
    } finally {
      DirectBuffers.free(rewritten);
    }
  }

  /**
   * The one-node graph that gathers cache rows inside ONNX Runtime (made by
   * models/tools/make_gather_rows.py), so a beam reorder copies no tensor through Java.
   */
  private static OrtSession openGather(
      OrtEnvironment env, OrtSession.SessionOptions options, List<OrtSession> opened) {
    try (InputStream in = OnnxMarianModel.class.getResourceAsStream(GATHER_RESOURCE)) {
      if (in == null) {
        throw new ModelException("resource " + GATHER_RESOURCE + " is missing from the library");
      }
      OrtSession session = env.createSession(in.readAllBytes(), options);
      opened.add(session);
      return session;
    } catch (IOException | OrtException e) {
      throw new ModelException("cannot load " + GATHER_RESOURCE + ": " + e.getMessage(), e);
    }
  }

  private static void closeAll(List<OrtSession> sessions) {
    for (OrtSession session : sessions) {
      try {
        session.close();
      } catch (OrtException e) {
        // Already failing: the first error is the one to report.
      }
    }
  }

  /** The files this model was loaded from. */
  public ModelFiles files() {
    return files;
  }

  /** The model's configuration. */
  public ModelConfig config() {
    return config;
  }

  @Override
  public int vocabSize() {
    return config.vocabSize();
  }

  @Override
  public DecoderState start(int[][] sourceIds, int rowsPerSource) {
    checkOpen();
    Objects.requireNonNull(sourceIds, "sourceIds");
    if (sourceIds.length == 0) {
      throw new IllegalArgumentException("sourceIds must hold at least one source");
    }
    if (rowsPerSource < 1) {
      throw new IllegalArgumentException("rowsPerSource must be >= 1, got " + rowsPerSource);
    }
    int batch = sourceIds.length;
    int length = 0;
    for (int[] ids : sourceIds) {
      if (ids.length == 0 || ids.length > config.maxPositionEmbeddings()) {
        throw new IllegalArgumentException(
            "each source must hold 1 to "
                + config.maxPositionEmbeddings()
                + " ids, got "
                + ids.length);
      }
      length = Math.max(length, ids.length);
    }
    long[] mask = new long[batch * length];
    for (int b = 0; b < batch; b++) {
      java.util.Arrays.fill(mask, b * length, b * length + sourceIds[b].length, 1L);
    }
    float[] hidden = encodeByLength(sourceIds, length);
    int[] targetIds = shortlist.map(list -> list.targetIds(sourceIds)).orElse(null);
    return new OnnxDecoderState(this, hidden, mask, length, rowsPerSource, targetIds);
  }

  /**
   * Encoder states {@code [sources][length][dModel]}: each {@link LengthGroups} group is encoded
   * padded to its own longest source; positions past a source's end are zeros, which the decoder
   * never attends to (its encoder mask is 0 there).
   */
  private float[] encodeByLength(int[][] sourceIds, int length) {
    int[] lengths = new int[sourceIds.length];
    for (int b = 0; b < sourceIds.length; b++) {
      lengths[b] = sourceIds[b].length;
    }
    int width = config.dModel();
    float[] hidden = new float[sourceIds.length * length * width];
    for (int[] group : LengthGroups.of(lengths)) {
      int groupLength = lengths[group[0]];
      long[] ids = new long[group.length * groupLength];
      long[] mask = new long[group.length * groupLength];
      java.util.Arrays.fill(ids, config.padTokenId());
      for (int i = 0; i < group.length; i++) {
        for (int t = 0; t < lengths[group[i]]; t++) {
          ids[i * groupLength + t] = sourceIds[group[i]][t];
          mask[i * groupLength + t] = 1;
        }
      }
      float[] states = encode(ids, mask, group.length, groupLength);
      for (int i = 0; i < group.length; i++) {
        System.arraycopy(
            states,
            i * groupLength * width,
            hidden,
            group[i] * length * width,
            groupLength * width);
      }
    }
    return hidden;
  }

  float[] encode(long[] ids, long[] mask, int batch, int length) {
    try (OnnxTensor idsTensor = Tensors.longs(env, ids, batch, length);
        OnnxTensor maskTensor = Tensors.longs(env, mask, batch, length)) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put(OnnxNames.INPUT_IDS, idsTensor);
      inputs.put(OnnxNames.ATTENTION_MASK, maskTensor);
      inputs.keySet().retainAll(encoder.getInputNames());
      try (Result result = encoder.run(inputs)) {
        OnnxTensor hidden = (OnnxTensor) result.get(OnnxNames.LAST_HIDDEN_STATE).orElseThrow();
        float[] values = new float[batch * length * config.dModel()];
        hidden.getFloatBuffer().get(values);
        return values;
      }
    } catch (OrtException e) {
      throw new ModelException("encoder " + files.encoder() + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Runs two decoder steps on a one-token source, so a graph whose shapes contradict the config
   * (e.g. a logits width other than vocab_size, which exports often leave symbolic) fails at load
   * time rather than on the first translation.
   */
  private void probe() {
    try (DecoderState state = start(new int[][] {{config.eosTokenId()}}, 1)) {
      state.step(new int[] {config.decoderStartTokenId()});
      state.step(new int[] {config.eosTokenId()});
    }
    logitsWidthChecked = true;
  }

  /** Whether steps may pass a pre-allocated logits output (the width has been checked). */
  boolean logitsWidthChecked() {
    return logitsWidthChecked;
  }

  /**
   * Forced decoding: feeds {@code targetIds} to the decoder (teacher forcing, in one pass without
   * cache) and returns the cross-attention of every layer and head. Row {@code t} of the result is
   * the position whose input is the decoder start token ({@code t = 0}) or {@code targetIds[t -
   * 1]}, the position that predicts {@code targetIds[t]}: it never fails on content, however
   * unlikely the target. A decoder exported without {@code cross_attentions.{i}} outputs is loaded
   * a second time, on first use, from a copy rewritten by {@link AttentionGraphRewriter}.
   *
   * @param sourceIds source ids ending with end-of-sentence
   * @param targetIds target ids ending with end-of-sentence
   * @throws IllegalArgumentException if a side is empty or longer than the model's positions
   */
  public CrossAttention crossAttention(int[] sourceIds, int[] targetIds) {
    checkOpen();
    int max = config.maxPositionEmbeddings();
    if (sourceIds.length == 0
        || sourceIds.length > max
        || targetIds.length == 0
        || targetIds.length > max) {
      throw new IllegalArgumentException(
          "source and target must hold 1 to "
              + max
              + " ids, got "
              + sourceIds.length
              + " and "
              + targetIds.length);
    }
    return ForcedDecoding.run(this, attentionDecoder(), sourceIds, targetIds);
  }

  private OrtSession attentionDecoder() {
    if (firstDecoder.getOutputNames().contains(OnnxNames.crossAttentionName(0))) {
      return firstDecoder;
    }
    synchronized (attentionDecoder) {
      OrtSession session = attentionDecoder.get();
      if (session == null) {
        session = openRewritten();
        attentionDecoder.set(session);
      }
      return session;
    }
  }

  private OrtSession openRewritten() {
    Path file = files.decoder();
    try (OrtSession.SessionOptions options = sessionOptions(settings)) {
      return openRewrittenCopy(
          env,
          file,
          options,
          model ->
              AttentionGraphRewriter.exposeCrossAttention(
                  model, config.decoderLayers(), file.toString()));
    } catch (IOException | OrtException e) {
      throw new ModelException(
          "cannot load " + file + " with cross-attention outputs: " + e.getMessage(), e);
    }
  }

  /** Runs the first-step or the cached decoder; the caller owns the result. */
  Result runDecoder(boolean first, Map<String, OnnxTensor> inputs) throws OrtException {
    return runDecoder(first, inputs, Map.of());
  }

  /**
   * Runs the first-step or the cached decoder, writing the outputs named in {@code pinned} into the
   * given tensors (which the caller keeps owning); the caller owns the result.
   */
  Result runDecoder(boolean first, Map<String, OnnxTensor> inputs, Map<String, OnnxTensor> pinned)
      throws OrtException {
    checkOpen();
    OrtSession session = first ? firstDecoder : pastDecoder;
    inputs.keySet().retainAll(session.getInputNames());
    if (pinned.isEmpty()) {
      return session.run(inputs);
    }
    Set<String> requested = new java.util.LinkedHashSet<>(session.getOutputNames());
    requested.removeAll(pinned.keySet());
    return session.run(inputs, requested, pinned);
  }

  /**
   * Rows {@code indices} of a cache tensor (first dimension), gathered by ONNX Runtime; the caller
   * owns the returned tensor.
   */
  OnnxTensor gatherRows(OnnxTensor source, OnnxTensor indices) throws OrtException {
    checkOpen();
    Result result = gather.run(Map.of("data", source, "indices", indices));
    // The result holds this one value, which the caller now owns; closing the result would close
    // it.
    return (OnnxTensor) result.get(0);
  }

  Set<String> decoderInputs(boolean first) {
    return (first ? firstDecoder : pastDecoder).getInputNames();
  }

  OrtEnvironment env() {
    return env;
  }

  Path decoderFile(boolean first) {
    return first ? files.decoder() : files.decoderWithPast();
  }

  /** The kinds of past input a decoder declares for layer 0 (used to size dummy inputs). */
  static boolean declaresPast(Set<String> inputs) {
    return inputs.contains(CacheKind.DECODER_KEY.pastName(0));
  }

  static long[] dims(NodeInfo info) {
    return ((TensorInfo) info.getInfo()).getShape();
  }

  private void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("Translator is closed");
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    List<OrtSession> sessions = new ArrayList<>(List.of(gather, encoder, firstDecoder));
    if (pastDecoder != firstDecoder) {
      sessions.add(pastDecoder);
    }
    OrtSession attention = attentionDecoder.getAndSet(null);
    if (attention != null) {
      sessions.add(attention);
    }
    closeAll(sessions);
  }
}
