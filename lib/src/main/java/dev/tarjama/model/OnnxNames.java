package dev.tarjama.model;

/**
 * Input and output names of Marian graphs as Hugging Face Optimum exports them.
 *
 * <p>All ONNX names live here, so a re-export with other names changes one file.
 */
final class OnnxNames {
  static final String INPUT_IDS = "input_ids";
  static final String ATTENTION_MASK = "attention_mask";
  static final String LAST_HIDDEN_STATE = "last_hidden_state";
  static final String ENCODER_ATTENTION_MASK = "encoder_attention_mask";
  static final String ENCODER_HIDDEN_STATES = "encoder_hidden_states";
  static final String USE_CACHE_BRANCH = "use_cache_branch";
  static final String LOGITS = "logits";

  static final String ENCODER_FILE = "encoder_model";
  static final String DECODER_FILE = "decoder_model";
  static final String DECODER_WITH_PAST_FILE = "decoder_with_past_model";
  static final String DECODER_MERGED_FILE = "decoder_model_merged";
  static final String QUANTIZED_SUFFIX = "_quantized";
  static final String ONNX_EXTENSION = ".onnx";
  static final String ONNX_SUBFOLDER = "onnx";

  /** The four cache kinds of a decoder layer, in the order we keep them. */
  enum CacheKind {
    DECODER_KEY("decoder", "key"),
    DECODER_VALUE("decoder", "value"),
    ENCODER_KEY("encoder", "key"),
    ENCODER_VALUE("encoder", "value");

    private final String side;
    private final String part;

    CacheKind(String side, String part) {
      this.side = side;
      this.part = part;
    }

    boolean isEncoder() {
      return side.equals("encoder");
    }

    /** {@code past_key_values.{layer}.decoder.key} and the like: a decoder input. */
    String pastName(int layer) {
      return "past_key_values." + layer + "." + side + "." + part;
    }

    /** {@code present.{layer}.decoder.key} and the like: a decoder output. */
    String presentName(int layer) {
      return "present." + layer + "." + side + "." + part;
    }
  }

  /** {@code cross_attentions.{layer}}: optional output with the cross-attention probabilities. */
  static String crossAttentionName(int layer) {
    return "cross_attentions." + layer;
  }

  private OnnxNames() {}
}
