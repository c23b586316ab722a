package dev.tarjama;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken model directory fails in the builder with a message naming the file. */
class MalformedModelTest {
  @TempDir Path dir;

  @BeforeEach
  void copyFixture() throws IOException {
    try (Stream<Path> files = Files.list(TarjamaTest.MODEL)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
  }

  private void assertFailsNaming(String... fragments) {
    TarjamaException e =
        assertThrows(TarjamaException.class, () -> Tarjama.builder(dir).build().close());
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), "'" + fragment + "' not in: " + e.getMessage());
    }
  }

  private void edit(String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), file + " has no " + from);
    Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private String configField(String field) throws IOException {
    String text = Files.readString(dir.resolve("config.json"));
    var m = java.util.regex.Pattern.compile("\"" + field + "\": *(\\d+)").matcher(text);
    assertTrue(m.find(), "config.json has no " + field);
    return m.group(0);
  }

  @Test
  void missingVocabularyIsNamed() throws IOException {
    Files.delete(dir.resolve("vocab.json"));
    assertFailsNaming("vocab.json");
  }

  @Test
  void missingSourceSentencePieceModelIsNamed() throws IOException {
    Files.delete(dir.resolve("source.spm"));
    assertFailsNaming("source.spm");
  }

  @Test
  void missingConfigIsNamed() throws IOException {
    Files.delete(dir.resolve("config.json"));
    assertFailsNaming("config.json");
  }

  @Test
  void corruptSentencePieceModelIsNamed() throws IOException {
    Files.writeString(dir.resolve("target.spm"), "not a model");
    assertFailsNaming("target.spm");
  }

  @Test
  void corruptLexicalTableIsNamedWhenWordRepairNeedsIt() throws IOException {
    Files.writeString(dir.resolve("lexical_table.tsv.gz"), "not a table");
    assertFailsNaming("lexical_table.tsv.gz", "not a gzip file");
    // Without word repair the table is read on the first alignment that uses it.
    Tarjama.builder(dir).repairWords(false).build().close();
  }

  @Test
  void corruptOnnxFileIsNamed() throws IOException {
    Files.writeString(dir.resolve("encoder_model.onnx"), "not a graph");
    assertFailsNaming("encoder_model.onnx");
  }

  @Test
  void vocabularySizeThatDiffersFromTheLogitsWidthIsReported() throws IOException {
    String field = configField("vocab_size");
    int size = Integer.parseInt(field.replaceAll("\\D", ""));
    edit("config.json", field, "\"vocab_size\": " + (size + 7));
    edit("config.json", configField("decoder_vocab_size"), "\"decoder_vocab_size\": " + (size + 7));
    assertFailsNaming("logits", "vocab_size=" + (size + 7));
  }

  @Test
  void wrongNumberOfDecoderLayersIsReported() throws IOException {
    String field = configField("decoder_layers");
    edit("config.json", field, "\"decoder_layers\": 1");
    assertFailsNaming("decoder_model_merged.onnx", "decoder_layers=1");
  }

  @Test
  void endOfSentenceIdThatDisagreesWithTheVocabularyIsReported() throws IOException {
    Path vocab = dir.resolve("vocab.json");
    JsonObject ids = JsonParser.parseString(Files.readString(vocab)).getAsJsonObject();
    String other =
        ids.entrySet().stream()
            .filter(e -> e.getValue().getAsInt() == 5)
            .findFirst()
            .orElseThrow()
            .getKey();
    int eos = ids.get("</s>").getAsInt();
    ids.addProperty("</s>", 5);
    ids.addProperty(other, eos);
    Files.writeString(vocab, ids.toString());
    assertFailsNaming("vocab.json", "eos_token_id");
  }

  @Test
  void malformedGenerationConfigIsNamed() throws IOException {
    Files.writeString(dir.resolve("generation_config.json"), "{\"num_beams\": \"four\"}");
    assertFailsNaming("generation_config.json", "num_beams");
  }
}
