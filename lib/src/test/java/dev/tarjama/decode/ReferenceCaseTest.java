package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The references.jsonl reader, on lines written in FIXTURE-SPEC.md's format. */
class ReferenceCaseTest {

  private static final String BEAM_LINE =
      "{\"id\": \"beam4-b2\", \"kind\": \"generate\", \"options\": {\"num_beams\": 4,"
          + " \"max_length\": 24, \"min_length\": 0, \"max_new_tokens\": null,"
          + " \"length_penalty\": 1.0, \"early_stopping\": \"never\", \"no_repeat_ngram_size\": 0,"
          + " \"repetition_penalty\": 1.0, \"num_return_sequences\": 3, \"bad_words_ids\": [[59]],"
          + " \"forced_eos_token_id\": 0}, \"sources\": [[5, 6, 0], [7, 0]],"
          + " \"source_texts\": [\"\u0645\u0631\u062d\u0628\u0627\", \"\u0634\u0643\u0631\u0627\"],"
          + " \"outputs\": [[{\"tokens\": [3, 0], \"score\": -0.5}, {\"tokens\": [4, 4, 0],"
          + " \"score\": -0.75}, {\"tokens\": [9], \"score\": -1.25}], [{\"tokens\": [0],"
          + " \"score\": -0.125}, {\"tokens\": [2, 0], \"score\": -0.25}, {\"tokens\": [8, 0],"
          + " \"score\": -2.0}]]}";

  private static final String GREEDY_LINE =
      "{\"id\": \"greedy\", \"kind\": \"generate\", \"options\": {\"num_beams\": 1,"
          + " \"max_length\": null, \"min_length\": 3, \"max_new_tokens\": 10,"
          + " \"length_penalty\": 1.0, \"early_stopping\": false, \"no_repeat_ngram_size\": 2,"
          + " \"repetition_penalty\": 1.3, \"num_return_sequences\": 1, \"bad_words_ids\": null,"
          + " \"forced_eos_token_id\": null}, \"sources\": [[5, 0]], \"source_texts\": [\"x\"],"
          + " \"outputs\": [[{\"tokens\": [1, 2], \"score\": -3.5}]]}";

  @Test
  void beamLineMapsEveryOption() {
    ReferenceCase reference = ReferenceCase.parse(BEAM_LINE);
    assertEquals("beam4-b2", reference.id());
    DecodeOptions expected =
        new DecodeOptions(
            4, 24, 0, 0, 1.0, EarlyStopping.NEVER, 0, 1.0, 3, List.of(List.of(59)), true);
    assertEquals(expected, reference.options());
    assertEquals(OptionalInt.of(0), reference.forcedEosTokenId());
    assertEquals(List.of(List.of(5, 6, 0), List.of(7, 0)), reference.sources());
    assertEquals(7, reference.sourceArrays()[1][0]);
    assertEquals("\u0645\u0631\u062d\u0628\u0627", reference.sourceTexts().get(0));
    assertEquals(3, reference.outputs().get(0).size());
    assertEquals(new Hypothesis(List.of(4, 4, 0), -0.75), reference.outputs().get(0).get(1));
    assertEquals(new Hypothesis(List.of(0), -0.125), reference.outputs().get(1).get(0));
  }

  @Test
  void greedyLineMapsNullsToTheirOffValues() {
    ReferenceCase reference = ReferenceCase.parse(GREEDY_LINE);
    DecodeOptions expected =
        new DecodeOptions(1, 11, 10, 3, 1.0, EarlyStopping.FALSE, 2, 1.3, 1, List.of(), false);
    assertEquals(expected, reference.options());
    assertEquals(OptionalInt.empty(), reference.forcedEosTokenId());
  }

  @Test
  void fileReaderKeepsGenerateLinesAndChecksTheOthers() {
    String file =
        String.join(
            "\n",
            BEAM_LINE,
            "{\"id\": \"t1\", \"kind\": \"tokenize\", \"text\": \"x\", \"ids\": [1, 0]}",
            "",
            GREEDY_LINE,
            "{\"id\": \"l1\", \"kind\": \"logits\", \"sources\": [[1, 0]],"
                + " \"decoder_input_ids\": [[59]], \"logits_first8\": [[[0.5]]]}");
    List<ReferenceCase> cases = read(file);
    assertEquals(List.of("beam4-b2", "greedy"), cases.stream().map(ReferenceCase::id).toList());
  }

  @Test
  void badLinesNameTheLine() {
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> read(BEAM_LINE + "\n{\"id\": \"z\", \"kind\": \"sample\"}"));
    assertTrue(
        unknown.getMessage().contains("refs line 2: unknown kind sample"), unknown.getMessage());
    IllegalArgumentException stopping =
        assertThrows(
            IllegalArgumentException.class,
            () -> read(BEAM_LINE.replace("\"never\"", "\"sometimes\"")));
    assertTrue(stopping.getMessage().contains("line 1"), stopping.getMessage());
  }

  private static List<ReferenceCase> read(String content) {
    return ReferenceCase.readGenerateCases(
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "refs");
  }
}
