package dev.tarjama.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The architecture and special token ids of a Marian model, from its {@code config.json}.
 *
 * @param dModel hidden size
 * @param encoderLayers number of encoder layers
 * @param decoderLayers number of decoder layers
 * @param decoderHeads attention heads of each decoder layer
 * @param vocabSize width of the output logits
 * @param maxPositionEmbeddings longest source or target the positional table covers
 * @param decoderStartTokenId first token fed to the decoder (the pad id in Marian models)
 * @param eosTokenId end-of-sentence id
 * @param padTokenId padding id
 */
public record ModelConfig(
    int dModel,
    int encoderLayers,
    int decoderLayers,
    int decoderHeads,
    int vocabSize,
    int maxPositionEmbeddings,
    int decoderStartTokenId,
    int eosTokenId,
    int padTokenId) {

  public ModelConfig {
    positive("d_model", dModel);
    positive("encoder_layers", encoderLayers);
    positive("decoder_layers", decoderLayers);
    positive("decoder_attention_heads", decoderHeads);
    positive("vocab_size", vocabSize);
    positive("max_position_embeddings", maxPositionEmbeddings);
    if (dModel % decoderHeads != 0) {
      throw new ModelException(
          "d_model=" + dModel + " is not a multiple of decoder_attention_heads=" + decoderHeads);
    }
    for (var id : List.of(decoderStartTokenId, eosTokenId, padTokenId)) {
      if (id < 0 || id >= vocabSize) {
        throw new ModelException(
            "special token id " + id + " is outside the vocabulary [0, " + vocabSize + ")");
      }
    }
  }

  /** Size of each attention head. */
  public int headDim() {
    return dModel / decoderHeads;
  }

  /** Reads {@code config.json}. */
  public static ModelConfig read(Path configJson) {
    JsonFile json = JsonFile.read(configJson);
    try {
      int vocab = json.optionalInt("decoder_vocab_size").orElse(json.requireInt("vocab_size"));
      return new ModelConfig(
          json.requireInt("d_model"),
          json.requireInt("encoder_layers"),
          json.requireInt("decoder_layers"),
          json.requireInt("decoder_attention_heads"),
          vocab,
          json.optionalInt("max_position_embeddings").orElse(512),
          json.requireInt("decoder_start_token_id"),
          json.requireInt("eos_token_id"),
          json.requireInt("pad_token_id"));
    } catch (ModelException e) {
      if (e.getMessage().startsWith(configJson.toString())) {
        throw e;
      }
      throw new ModelException(configJson + ": " + e.getMessage(), e);
    }
  }

  private static void positive(String field, int value) {
    if (value <= 0) {
      throw new ModelException(field + " must be > 0, got " + value);
    }
  }
}
