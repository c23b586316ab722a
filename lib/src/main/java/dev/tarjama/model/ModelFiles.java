package dev.tarjama.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The files of a model directory, found by looking at which files exist.
 *
 * <p>Three layouts are recognised: Optimum's split export ({@code encoder_model.onnx}, {@code
 * decoder_model.onnx}, {@code decoder_with_past_model.onnx}), the merged export ({@code
 * encoder_model.onnx}, {@code decoder_model_merged.onnx}), and either of them under an {@code
 * onnx/} sub-folder (transformers.js), where {@code *_quantized.onnx} variants may sit beside the
 * full ones. The configuration and tokenizer files always sit at the root of the directory. When
 * both decoder layouts are present the merged one is used unless a layout is asked for: it holds
 * one copy of the decoder weights instead of two.
 *
 * @param root the model directory
 * @param layout the decoder layout found
 * @param encoder the encoder graph
 * @param decoder the first-step decoder ({@link ModelLayout#SPLIT}) or the merged decoder
 * @param decoderWithPast the cached-step decoder; the same file as {@code decoder} when merged
 */
public record ModelFiles(
    Path root, ModelLayout layout, Path encoder, Path decoder, Path decoderWithPast) {

  public static final String CONFIG = "config.json";
  public static final String GENERATION_CONFIG = "generation_config.json";
  public static final String SOURCE_SPM = "source.spm";
  public static final String TARGET_SPM = "target.spm";
  public static final String VOCAB = "vocab.json";
  public static final String TOKENIZER_CONFIG = "tokenizer_config.json";

  public ModelFiles {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(encoder, "encoder");
    Objects.requireNonNull(decoder, "decoder");
    Objects.requireNonNull(decoderWithPast, "decoderWithPast");
  }

  /** A file at the root of the model directory, e.g. {@link #CONFIG}. */
  public Path file(String name) {
    return root.resolve(name);
  }

  /**
   * Finds the ONNX files of a model directory.
   *
   * @param root the model directory
   * @param variant full or quantized weights
   * @param layout the decoder layout to use, or empty to pick the one present (merged first)
   * @throws ModelException naming the directory and the files expected when none fit
   */
  public static ModelFiles locate(Path root, WeightVariant variant, Optional<ModelLayout> layout) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(layout, "layout");
    if (!Files.isDirectory(root)) {
      throw new ModelException("model directory " + root + " does not exist or is not a directory");
    }
    List<Path> tried = new ArrayList<>();
    for (Path dir : List.of(root, root.resolve(OnnxNames.ONNX_SUBFOLDER))) {
      Path encoder = dir.resolve(variant.fileName(OnnxNames.ENCODER_FILE));
      tried.add(encoder);
      if (!Files.isRegularFile(encoder)) {
        continue;
      }
      Path merged = dir.resolve(variant.fileName(OnnxNames.DECODER_MERGED_FILE));
      Path first = dir.resolve(variant.fileName(OnnxNames.DECODER_FILE));
      Path withPast = dir.resolve(variant.fileName(OnnxNames.DECODER_WITH_PAST_FILE));
      boolean hasMerged = Files.isRegularFile(merged);
      boolean hasSplit = Files.isRegularFile(first) && Files.isRegularFile(withPast);
      ModelLayout chosen = layout.orElse(hasMerged ? ModelLayout.MERGED : ModelLayout.SPLIT);
      if (chosen == ModelLayout.MERGED && hasMerged) {
        return new ModelFiles(root, chosen, encoder, merged, merged);
      }
      if (chosen == ModelLayout.SPLIT && hasSplit) {
        return new ModelFiles(root, chosen, encoder, first, withPast);
      }
      throw new ModelException(
          "model directory "
              + root
              + " has "
              + encoder.getFileName()
              + " but no usable decoder"
              + (layout.isEmpty() ? "" : " for layout " + chosen)
              + ": expected "
              + (layout.isEmpty()
                  ? merged + ", or " + first + " and " + withPast
                  : chosen == ModelLayout.MERGED ? merged : first + " and " + withPast));
    }
    throw new ModelException(
        "model directory "
            + root
            + " has no encoder: expected one of "
            + tried
            + " (Optimum export: encoder_model.onnx with decoder_model_merged.onnx, or with"
            + " decoder_model.onnx and decoder_with_past_model.onnx)");
  }
}
