package dev.tarjama.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.Result;
import dev.tarjama.model.OnnxNames.CacheKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One encoder run and one uncached decoder run over a whole given target (teacher forcing), kept
 * for the cross-attention outputs. Used by {@link OnnxMarianModel#crossAttention}.
 */
final class ForcedDecoding {
  private ForcedDecoding() {}

  static CrossAttention run(
      OnnxMarianModel model, OrtSession decoder, int[] sourceIds, int[] targetIds) {
    ModelConfig config = model.config();
    int sourceLength = sourceIds.length;
    int targetLength = targetIds.length;
    long[] ids = new long[sourceLength];
    long[] mask = new long[sourceLength];
    for (int s = 0; s < sourceLength; s++) {
      ids[s] = sourceIds[s];
      mask[s] = 1;
    }
    float[] hidden = model.encode(ids, mask, 1, sourceLength);
    long[] input = new long[targetLength];
    input[0] = config.decoderStartTokenId();
    for (int t = 1; t < targetLength; t++) {
      input[t] = targetIds[t - 1];
    }
    List<OnnxTensor> owned = new ArrayList<>();
    try {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put(
          OnnxNames.INPUT_IDS, keep(owned, Tensors.longs(model.env(), input, 1, targetLength)));
      inputs.put(
          OnnxNames.ENCODER_ATTENTION_MASK,
          keep(owned, Tensors.longs(model.env(), mask, 1, sourceLength)));
      inputs.put(
          OnnxNames.ENCODER_HIDDEN_STATES,
          keep(owned, Tensors.floats(model.env(), hidden, 1, sourceLength, config.dModel())));
      if (decoder.getInputNames().contains(OnnxNames.USE_CACHE_BRANCH)) {
        inputs.put(
            OnnxNames.USE_CACHE_BRANCH,
            keep(owned, OnnxTensor.createTensor(model.env(), new boolean[] {false})));
      }
      if (OnnxMarianModel.declaresPast(decoder.getInputNames())) {
        OnnxTensor zeros =
            keep(owned, Tensors.zeros(model.env(), 1, config.decoderHeads(), 1, config.headDim()));
        for (int layer = 0; layer < config.decoderLayers(); layer++) {
          for (CacheKind kind : CacheKind.values()) {
            inputs.put(kind.pastName(layer), zeros);
          }
        }
      }
      if (decoder.getInputNames().contains(ShortlistGraphRewriter.SHORTLIST_IDS)) {
        // Only the attention is read here: one logit (eos) is the cheapest output layer. The
        // merged decoder also declares the cached branch's inputs, unused by this branch.
        inputs.put(
            ShortlistGraphRewriter.SHORTLIST_IDS,
            keep(owned, Tensors.longs(model.env(), new long[] {config.eosTokenId()}, 1)));
        OnnxTensor unused = keep(owned, Tensors.zeros(model.env(), 1, 1));
        inputs.put(ShortlistGraphRewriter.PAST_WEIGHT, unused);
        inputs.put(ShortlistGraphRewriter.PAST_BIAS, unused);
      }
      inputs.keySet().retainAll(decoder.getInputNames());
      try (Result result = decoder.run(inputs)) {
        return read(result, config, targetLength, sourceLength);
      }
    } catch (OrtException e) {
      throw new ModelException("forced decoding failed: " + e.getMessage(), e);
    } finally {
      owned.forEach(OnnxTensor::close);
    }
  }

  private static CrossAttention read(
      Result result, ModelConfig config, int targetLength, int sourceLength) {
    int layers = config.decoderLayers();
    int heads = config.decoderHeads();
    float[][] values = new float[layers][];
    for (int layer = 0; layer < layers; layer++) {
      String name = OnnxNames.crossAttentionName(layer);
      OnnxValue value =
          result
              .get(name)
              .orElseThrow(() -> new ModelException("the decoder has no output " + name));
      OnnxTensor tensor = (OnnxTensor) value;
      long expected = (long) heads * targetLength * sourceLength;
      if (tensor.getInfo().getNumElements() != expected) {
        throw new ModelException(
            name
                + " has shape "
                + java.util.Arrays.toString(tensor.getInfo().getShape())
                + ", expected [1, "
                + heads
                + ", "
                + targetLength
                + ", "
                + sourceLength
                + "]");
      }
      values[layer] = new float[(int) expected];
      tensor.getFloatBuffer().get(values[layer]);
    }
    return new CrossAttention(layers, heads, targetLength, sourceLength, values);
  }

  private static OnnxTensor keep(List<OnnxTensor> owned, OnnxTensor tensor) {
    owned.add(tensor);
    return tensor;
  }
}
