package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tarjama.model.ModelConfig;
import dev.tarjama.model.ModelFiles;
import dev.tarjama.model.OnnxMarianModel;
import dev.tarjama.model.SessionSettings;
import dev.tarjama.model.WeightVariant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parity with the PyTorch reference: every generate case of the fixture's references.jsonl (written
 * by models/fixture/make_fixture.py from models/tools/generate.py, a port of Hugging Face
 * generate()) is searched on ONNX Runtime in each export layout; every token id must be equal and
 * every score within 1e-4.
 */
class OnnxParityTest {
  static final Path FIXTURE = Path.of("src/test/resources/fixture");
  private static final double SCORE_TOLERANCE = 1e-4;

  static Stream<Arguments> layouts() {
    List<ReferenceCase> cases =
        ReferenceCase.readGenerateCases(FIXTURE.resolve("references.jsonl"));
    return Stream.of("split", "merged", "subfolder").map(layout -> Arguments.of(layout, cases));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void everyReferenceCaseMatchesPyTorch(String layout, List<ReferenceCase> cases) {
    assertFalse(cases.isEmpty(), "no generate cases in references.jsonl");
    Path dir = FIXTURE.resolve(layout);
    ModelFiles files = ModelFiles.locate(dir, WeightVariant.FULL, Optional.empty());
    ModelConfig config = ModelConfig.read(files.file(ModelFiles.CONFIG));
    try (OnnxMarianModel model = OnnxMarianModel.open(files, config, SessionSettings.DEFAULTS)) {
      BeamSearch search = searchOf(model, config);
      for (ReferenceCase c : cases) {
        List<List<Hypothesis>> found = search.search(c.sourceArrays(), c.options());
        assertSameOutputs(layout + "/" + c.id(), c.outputs(), found);
      }
    }
  }

  /**
   * The int8 files against references computed by PyTorch with the dequantized weights. ONNX
   * Runtime fuses DequantizeLinear + MatMul into MatMulNBits, whose default accuracy level also
   * quantizes activations; level 1 computes in float32, which is what the references did.
   */
  @Test
  void quantizedVariantMatchesPyTorchWithDequantizedWeights() {
    List<ReferenceCase> cases =
        ReferenceCase.readGenerateCases(FIXTURE.resolve("references_quantized.jsonl"));
    assertFalse(cases.isEmpty(), "no generate cases in references_quantized.jsonl");
    Path dir = FIXTURE.resolve("subfolder");
    ModelFiles files = ModelFiles.locate(dir, WeightVariant.QUANTIZED, Optional.empty());
    ModelConfig config = ModelConfig.read(files.file(ModelFiles.CONFIG));
    SessionSettings settings =
        SessionSettings.DEFAULTS.withConfigEntries(
            Map.of("session.qdq_matmulnbits_accuracy_level", "1"));
    try (OnnxMarianModel model = OnnxMarianModel.open(files, config, settings)) {
      BeamSearch search = searchOf(model, config);
      for (ReferenceCase c : cases) {
        assertSameOutputs(
            "quantized/" + c.id(), c.outputs(), search.search(c.sourceArrays(), c.options()));
      }
    }
  }

  private static BeamSearch searchOf(OnnxMarianModel model, ModelConfig config) {
    return new BeamSearch(
        model,
        new SpecialIds(config.decoderStartTokenId(), config.eosTokenId(), config.padTokenId()));
  }

  static void assertSameOutputs(
      String name, List<List<Hypothesis>> expected, List<List<Hypothesis>> actual) {
    assertEquals(expected.size(), actual.size(), name + ": sources");
    for (int s = 0; s < expected.size(); s++) {
      List<Hypothesis> want = expected.get(s);
      List<Hypothesis> got = actual.get(s);
      assertEquals(want.size(), got.size(), name + " source " + s + ": hypotheses");
      for (int h = 0; h < want.size(); h++) {
        String where = name + " source " + s + " hypothesis " + h;
        assertEquals(want.get(h).tokenIds(), got.get(h).tokenIds(), where + ": tokens");
        assertEquals(want.get(h).score(), got.get(h).score(), SCORE_TOLERANCE, where + ": score");
      }
    }
  }
}
