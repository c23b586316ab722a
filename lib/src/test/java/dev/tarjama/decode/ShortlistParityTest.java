package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.tarjama.model.DecoderState;
import dev.tarjama.model.LexicalShortlist;
import dev.tarjama.model.ModelConfig;
import dev.tarjama.model.ModelFiles;
import dev.tarjama.model.OnnxMarianModel;
import dev.tarjama.model.SessionSettings;
import dev.tarjama.model.WeightVariant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lexical shortlist option against the PyTorch reference of the fixture (references.jsonl,
 * models/fixture/make_fixture.py): the shortlisted decoder's logits at the shortlist's ids are the
 * full model's, and a shortlist of the whole vocabulary decodes exactly as Hugging Face does.
 */
class ShortlistParityTest {
  private static final Path FIXTURE = OnnxParityTest.FIXTURE;
  private static final double LOGIT_TOLERANCE = 1e-4;
  private static final int GENERATE_CASES = 24;

  @TempDir Path dir;

  private OnnxMarianModel open(String layout, String shortlistText) throws IOException {
    ModelFiles files =
        ModelFiles.locate(FIXTURE.resolve(layout), WeightVariant.FULL, Optional.empty());
    ModelConfig config = ModelConfig.read(files.file(ModelFiles.CONFIG));
    Path file = dir.resolve(LexicalShortlist.FILE_NAME);
    Files.writeString(
        file,
        "tarjama-lexical-shortlist 1 vocab_size=" + config.vocabSize() + "\n" + shortlistText,
        StandardCharsets.UTF_8);
    LexicalShortlist shortlist =
        LexicalShortlist.read(file, config.vocabSize(), config.eosTokenId());
    return OnnxMarianModel.open(files, config, SessionSettings.DEFAULTS, Optional.of(shortlist));
  }

  /**
   * Each logits record gives PyTorch's logits of ids 0..7 at every position of a forced decoder
   * input. The shortlist allows ids 0..7 (0 is eos) and, through source id 5, ids 100 and 200: the
   * logits of 0..7 must be PyTorch's, those of 100 and 200 finite, all others -Infinity.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"split", "merged"})
  void shortlistedLogitsAreThoseOfTheFullModel(String layout) throws IOException {
    List<JsonObject> records = new ArrayList<>();
    for (String line : Files.readAllLines(FIXTURE.resolve("references.jsonl"))) {
      if (line.contains("\"kind\": \"logits\"")) {
        records.add(JsonParser.parseString(line).getAsJsonObject());
      }
    }
    assertFalse(records.isEmpty(), "no logits records in references.jsonl");
    Set<Integer> allowed = new TreeSet<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 100, 200));
    try (OnnxMarianModel model = open(layout, "always 1 2 3 4 5 6 7\n5 100 200\n")) {
      for (JsonObject record : records) {
        int[][] sources = ints(record.getAsJsonArray("sources"));
        int[][] inputs = ints(record.getAsJsonArray("decoder_input_ids"));
        JsonArray expected = record.getAsJsonArray("logits_first8");
        boolean withFive = IntStream.of(sources[0]).anyMatch(id -> id == 5);
        try (DecoderState state = model.start(new int[][] {sources[0]}, 1)) {
          for (int t = 0; t < inputs[0].length; t++) {
            float[] logits = state.step(new int[] {inputs[0][t]});
            JsonArray want = expected.get(0).getAsJsonArray().get(t).getAsJsonArray();
            String where = layout + " " + record.get("id").getAsString() + " position " + t;
            for (int v = 0; v < 8; v++) {
              assertEquals(
                  want.get(v).getAsDouble(), logits[v], LOGIT_TOLERANCE, where + " id " + v);
            }
            for (int v = 8; v < model.vocabSize(); v++) {
              boolean listed = withFive && allowed.contains(v);
              assertEquals(
                  listed, Float.isFinite(logits[v]), where + " id " + v + " finite iff listed");
              if (!listed) {
                assertEquals(Float.NEGATIVE_INFINITY, logits[v], where + " id " + v);
              }
            }
          }
        }
      }
    }
  }

  /** With every id allowed, greedy and beam search give PyTorch's tokens and scores. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"split", "merged"})
  void wholeVocabularyShortlistDecodesAsHuggingFace(String layout) throws IOException {
    List<ReferenceCase> cases =
        ReferenceCase.readGenerateCases(FIXTURE.resolve("references.jsonl"));
    assertTrue(cases.size() >= GENERATE_CASES, "too few generate cases: " + cases.size());
    ModelConfig config =
        ModelConfig.read(FIXTURE.resolve(layout).resolve(ModelFiles.CONFIG));
    String all =
        IntStream.range(0, config.vocabSize())
            .mapToObj(Integer::toString)
            .collect(Collectors.joining(" "));
    try (OnnxMarianModel model = open(layout, "always " + all + "\n")) {
      BeamSearch search =
          new BeamSearch(
              model,
              new SpecialIds(
                  config.decoderStartTokenId(), config.eosTokenId(), config.padTokenId()));
      for (ReferenceCase c : cases.subList(0, GENERATE_CASES)) {
        OnnxParityTest.assertSameOutputs(
            "shortlist/" + layout + "/" + c.id(),
            c.outputs(),
            search.search(c.sourceArrays(), c.options()));
      }
    }
  }

  private static int[][] ints(JsonArray rows) {
    int[][] out = new int[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      JsonArray row = rows.get(r).getAsJsonArray();
      out[r] = new int[row.size()];
      for (int i = 0; i < row.size(); i++) {
        out[r][i] = row.get(i).getAsInt();
      }
    }
    return out;
  }
}
