package dev.tarjama.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CrossAttentionTest {
  private static final Path FIXTURE = Path.of("src/test/resources/fixture");
  private static final int[] SOURCE = {5, 17, 42, 9, 0};
  private static final int[] TARGET = {33, 7, 120, 64, 3, 0};

  private static OnnxMarianModel split;

  @BeforeAll
  static void load() {
    split = open("split");
  }

  @AfterAll
  static void close() {
    split.close();
  }

  private static OnnxMarianModel open(String layout) {
    Path dir = FIXTURE.resolve(layout);
    ModelFiles files = ModelFiles.locate(dir, WeightVariant.FULL, Optional.empty());
    return OnnxMarianModel.open(
        files, ModelConfig.read(files.file(ModelFiles.CONFIG)), SessionSettings.DEFAULTS);
  }

  @Test
  void rewrittenMergedGraphGivesTheSplitExportsAttention() {
    try (OnnxMarianModel merged = open("merged")) {
      CrossAttention expected = split.crossAttention(SOURCE, TARGET);
      CrossAttention actual = merged.crossAttention(SOURCE, TARGET);
      assertEquals(2, actual.layers());
      assertEquals(4, actual.heads());
      assertEquals(TARGET.length, actual.targetLength());
      assertEquals(SOURCE.length, actual.sourceLength());
      for (int layer = 0; layer < 2; layer++) {
        for (int head = 0; head < 4; head++) {
          float[][] e = expected.matrix(layer, head);
          float[][] a = actual.matrix(layer, head);
          for (int t = 0; t < e.length; t++) {
            assertArrayEquals(e[t], a[t], 1e-5f, "layer " + layer + " head " + head + " row " + t);
            float sum = 0;
            for (float w : a[t]) {
              sum += w;
            }
            assertEquals(1f, sum, 1e-4f);
          }
        }
      }
    }
  }

  @Test
  void forcedDecodingRowsMatchTheCachedStepsOfTheSubfolderExport() {
    // The subfolder export decodes step by step with its KV cache; its cross_attentions of the
    // last step must equal the last row of the one-pass forced decoding of the split export.
    try (OnnxMarianModel subfolder = open("subfolder")) {
      CrossAttention onePass = split.crossAttention(SOURCE, TARGET);
      CrossAttention prefix = subfolder.crossAttention(SOURCE, new int[] {TARGET[0], TARGET[1]});
      for (int t = 0; t < 2; t++) {
        assertArrayEquals(onePass.matrix(1, -1)[t], prefix.matrix(1, -1)[t], 1e-5f);
      }
    }
  }

  @Test
  void allLayersMeanIsTheMeanOfTheLayerMeans() {
    CrossAttention attention = split.crossAttention(SOURCE, TARGET);
    float[][] all = attention.matrix(-1, -1);
    float[][] first = attention.matrix(0, -1);
    float[][] second = attention.matrix(1, -1);
    for (int t = 0; t < all.length; t++) {
      for (int s = 0; s < all[t].length; s++) {
        assertEquals((first[t][s] + second[t][s]) / 2, all[t][s], 1e-6f);
      }
    }
  }

  @Test
  void rejectsEmptyTarget() {
    assertThrows(IllegalArgumentException.class, () -> split.crossAttention(SOURCE, new int[0]));
  }

  @Test
  void protobufRoundTripKeepsTheBytes() throws Exception {
    byte[] bytes = Files.readAllBytes(FIXTURE.resolve("merged/decoder_model_merged.onnx"));
    assertArrayEquals(bytes, ProtoMessage.parse(bytes).toBytes());
  }

  @Test
  void rewriterFailsClearlyWithoutSoftmax() throws Exception {
    byte[] bytes = Files.readAllBytes(FIXTURE.resolve("merged/encoder_model.onnx"));
    ModelException e =
        assertThrows(
            ModelException.class,
            () ->
                AttentionGraphRewriter.exposeCrossAttention(
                    ByteBuffer.wrap(bytes), 2, "encoder_model.onnx"));
    assertEquals(true, e.getMessage().contains("encoder_attn/Softmax"));
  }
}
