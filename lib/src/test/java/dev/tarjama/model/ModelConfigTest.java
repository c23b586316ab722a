package dev.tarjama.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelConfigTest {
  @TempDir Path dir;

  private static final String OPUS_CONFIG =
      "{\"d_model\": 512, \"encoder_layers\": 6, \"decoder_layers\": 6,"
          + " \"decoder_attention_heads\": 8, \"vocab_size\": 62834,"
          + " \"max_position_embeddings\": 512, \"decoder_start_token_id\": 62833,"
          + " \"eos_token_id\": 0, \"pad_token_id\": 62833, \"num_beams\": 6}";

  private Path write(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json);
  }

  @Test
  void readsTheFieldsOfAnOpusMtConfig() throws IOException {
    ModelConfig c = ModelConfig.read(write("config.json", OPUS_CONFIG));
    assertEquals(new ModelConfig(512, 6, 6, 8, 62834, 512, 62833, 0, 62833), c);
    assertEquals(64, c.headDim());
  }

  @Test
  void missingFieldIsNamedWithTheFile() throws IOException {
    Path file = write("config.json", OPUS_CONFIG.replace("\"encoder_layers\": 6,", ""));
    ModelException e = assertThrows(ModelException.class, () -> ModelConfig.read(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("encoder_layers"), e.getMessage());
  }

  @Test
  void specialIdOutsideTheVocabularyIsRejected() throws IOException {
    Path file =
        write("config.json", OPUS_CONFIG.replace("\"eos_token_id\": 0", "\"eos_token_id\": 70000"));
    ModelException e = assertThrows(ModelException.class, () -> ModelConfig.read(file));
    assertTrue(e.getMessage().contains("70000"), e.getMessage());
  }

  @Test
  void malformedJsonNamesTheFile() throws IOException {
    Path file = write("config.json", "{\"d_model\": ");
    ModelException e = assertThrows(ModelException.class, () -> ModelConfig.read(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void generationConfigIsPreferredOverConfig() throws IOException {
    Path config = write("config.json", OPUS_CONFIG);
    Path generation =
        write(
            "generation_config.json",
            "{\"num_beams\": 4, \"max_length\": 512, \"bad_words_ids\": [[62833]],"
                + " \"forced_eos_token_id\": 0, \"early_stopping\": \"never\"}");
    GenerationConfig g = GenerationConfig.read(generation, config);
    assertEquals(4, g.numBeams());
    assertEquals(List.of(List.of(62833)), g.badWordsIds());
    assertEquals("never", g.earlyStopping());
    assertEquals(0, g.forcedEosTokenId());
  }

  @Test
  void generationFieldsFallBackToConfigJson() throws IOException {
    Path config = write("config.json", OPUS_CONFIG);
    GenerationConfig g = GenerationConfig.read(dir.resolve("generation_config.json"), config);
    assertEquals(6, g.numBeams());
    assertEquals(20, g.maxLength());
    assertEquals(-1, g.forcedEosTokenId());
  }

  @Test
  void badEarlyStoppingValueIsRejected() throws IOException {
    Path config = write("config.json", OPUS_CONFIG);
    Path generation = write("generation_config.json", "{\"early_stopping\": \"sometimes\"}");
    ModelException e =
        assertThrows(ModelException.class, () -> GenerationConfig.read(generation, config));
    assertTrue(e.getMessage().contains("sometimes"), e.getMessage());
  }
}
