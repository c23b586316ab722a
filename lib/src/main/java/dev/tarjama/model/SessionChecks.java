package dev.tarjama.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.tarjama.model.OnnxNames.CacheKind;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Load-time checks that a session's inputs and outputs fit the config and the layout. */
final class SessionChecks {

  static void checkEncoder(OrtSession encoder, Path file) {
    require(file, "input", encoder.getInputNames(), OnnxNames.INPUT_IDS);
    require(file, "output", encoder.getOutputNames(), OnnxNames.LAST_HIDDEN_STATE);
  }

  /**
   * Checks a decoder graph.
   *
   * @param cached whether this session runs the steps after the first (it must take the past)
   */
  static void checkDecoder(OrtSession decoder, Path file, ModelConfig config, boolean cached) {
    Set<String> inputs = decoder.getInputNames();
    Set<String> outputs = decoder.getOutputNames();
    require(file, "input", inputs, OnnxNames.INPUT_IDS);
    require(file, "input", inputs, OnnxNames.ENCODER_ATTENTION_MASK);
    require(file, "output", outputs, OnnxNames.LOGITS);
    for (int layer = 0; layer < config.decoderLayers(); layer++) {
      require(file, "output", outputs, CacheKind.DECODER_KEY.presentName(layer));
      require(file, "output", outputs, CacheKind.DECODER_VALUE.presentName(layer));
      if (cached) {
        for (CacheKind kind : CacheKind.values()) {
          require(file, "input", inputs, kind.pastName(layer));
        }
      }
    }
    String extra = CacheKind.DECODER_KEY.presentName(config.decoderLayers());
    if (outputs.contains(extra)) {
      throw new ModelException(
          file
              + " has output "
              + extra
              + ": the graph has more decoder layers than decoder_layers="
              + config.decoderLayers()
              + " in config.json");
    }
    if (!cached && !inputs.contains(OnnxNames.ENCODER_HIDDEN_STATES)) {
      throw new ModelException(
          file
              + " has no input "
              + OnnxNames.ENCODER_HIDDEN_STATES
              + ", expected one of "
              + inputs);
    }
    checkLogitsWidth(decoder, file, config);
  }

  private static void checkLogitsWidth(OrtSession decoder, Path file, ModelConfig config) {
    try {
      Map<String, NodeInfo> info = decoder.getOutputInfo();
      long[] shape = ((TensorInfo) info.get(OnnxNames.LOGITS).getInfo()).getShape();
      // A decoder rewritten for a lexical shortlist declares logits without a shape.
      long width = shape.length == 0 ? -1 : shape[shape.length - 1];
      if (width > 0 && width != config.vocabSize()) {
        throw new ModelException(
            file
                + " produces logits of width "
                + width
                + " but config.json says vocab_size="
                + config.vocabSize());
      }
    } catch (OrtException e) {
      throw new ModelException("cannot read the outputs of " + file + ": " + e.getMessage(), e);
    }
  }

  private static void require(Path file, String what, Set<String> names, String name) {
    if (!names.contains(name)) {
      throw new ModelException(
          file + " has no " + what + " " + name + ", expected it among " + new TreeSet<>(names));
    }
  }

  private SessionChecks() {}
}
