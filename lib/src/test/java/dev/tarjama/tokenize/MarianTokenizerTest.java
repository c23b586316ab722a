package dev.tarjama.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parity with Hugging Face's MarianTokenizer: the fixture's {@code tokenize} and {@code detokenize}
 * records were written by models/tools/tokenizer.py, a port of MarianTokenizer that runs the same
 * SentencePiece models through Python's sentencepiece.
 */
class MarianTokenizerTest {
  private static final Path FIXTURE = Path.of("src/test/resources/fixture");
  private static final Path MODEL = FIXTURE.resolve("split");
  private static MarianTokenizer tokenizer;

  @BeforeAll
  static void load() {
    tokenizer =
        MarianTokenizer.load(
            MODEL.resolve("source.spm"),
            MODEL.resolve("target.spm"),
            MODEL.resolve("vocab.json"),
            SpecialTokens.MARIAN);
  }

  @AfterAll
  static void close() {
    tokenizer.close();
  }

  static Stream<JsonObject> records(String kind) throws IOException {
    List<JsonObject> out = new ArrayList<>();
    for (String line :
        Files.readAllLines(FIXTURE.resolve("references.jsonl"), StandardCharsets.UTF_8)) {
      JsonObject o = JsonParser.parseString(line).getAsJsonObject();
      if (o.get("kind").getAsString().equals(kind)) {
        out.add(o);
      }
    }
    assertFalse(out.isEmpty(), "no " + kind + " records");
    return out.stream();
  }

  static Stream<JsonObject> tokenizeRecords() throws IOException {
    return records("tokenize");
  }

  static Stream<JsonObject> detokenizeRecords() throws IOException {
    return records("detokenize");
  }

  private static List<Integer> ids(JsonObject o) {
    List<Integer> ids = new ArrayList<>();
    o.getAsJsonArray("ids").forEach(e -> ids.add(e.getAsInt()));
    return ids;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tokenizeRecords")
  void encodesAsMarianTokenizer(JsonObject record) {
    int[] expected = ids(record).stream().mapToInt(Integer::intValue).toArray();
    assertArrayEquals(expected, tokenizer.encode(record.get("text").getAsString()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detokenizeRecords")
  void decodesAsMarianTokenizer(JsonObject record) {
    assertEquals(record.get("text").getAsString(), tokenizer.decode(ids(record)));
  }

  @Test
  void specialIdsNeverAppearInText() {
    assertEquals("", tokenizer.decode(List.of(tokenizer.eosId(), tokenizer.padId())));
  }

  @Test
  void idOutsideTheVocabularyIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> tokenizer.decode(List.of(1_000_000)));
  }

  @Test
  void missingSpecialPieceIsNamed() {
    TokenizerException e =
        assertThrows(
            TokenizerException.class,
            () ->
                MarianTokenizer.load(
                    MODEL.resolve("source.spm"),
                    MODEL.resolve("target.spm"),
                    MODEL.resolve("vocab.json"),
                    new SpecialTokens("</s>", "<unk>", "<no-such-pad>")));
    assertEquals(
        MODEL.resolve("vocab.json") + " has no entry for special piece \"<no-such-pad>\"",
        e.getMessage());
  }
}
