package dev.tarjama.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {
  @TempDir Path dir;

  private void touch(String... names) throws IOException {
    for (String name : names) {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "x");
    }
  }

  @Test
  void splitLayoutIsFoundAtTheRoot() throws IOException {
    touch("encoder_model.onnx", "decoder_model.onnx", "decoder_with_past_model.onnx");
    ModelFiles files = ModelFiles.locate(dir, WeightVariant.FULL, Optional.empty());
    assertEquals(ModelLayout.SPLIT, files.layout());
    assertEquals(dir.resolve("decoder_model.onnx"), files.decoder());
    assertEquals(dir.resolve("decoder_with_past_model.onnx"), files.decoderWithPast());
  }

  @Test
  void mergedLayoutIsPreferredWhenBothArePresent() throws IOException {
    touch(
        "encoder_model.onnx",
        "decoder_model.onnx",
        "decoder_with_past_model.onnx",
        "decoder_model_merged.onnx");
    ModelFiles files = ModelFiles.locate(dir, WeightVariant.FULL, Optional.empty());
    assertEquals(ModelLayout.MERGED, files.layout());
    assertEquals(files.decoder(), files.decoderWithPast());
    ModelFiles split = ModelFiles.locate(dir, WeightVariant.FULL, Optional.of(ModelLayout.SPLIT));
    assertEquals(ModelLayout.SPLIT, split.layout());
  }

  @Test
  void subfolderLayoutWithQuantizedVariant() throws IOException {
    touch(
        "onnx/encoder_model.onnx",
        "onnx/decoder_model_merged.onnx",
        "onnx/encoder_model_quantized.onnx",
        "onnx/decoder_model_merged_quantized.onnx");
    ModelFiles full = ModelFiles.locate(dir, WeightVariant.FULL, Optional.empty());
    assertEquals(dir.resolve("onnx/encoder_model.onnx"), full.encoder());
    ModelFiles quantized = ModelFiles.locate(dir, WeightVariant.QUANTIZED, Optional.empty());
    assertEquals(dir.resolve("onnx/decoder_model_merged_quantized.onnx"), quantized.decoder());
    assertEquals(dir.resolve("config.json"), quantized.file(ModelFiles.CONFIG));
  }

  @Test
  void missingEncoderNamesTheFilesExpected() {
    ModelException e =
        assertThrows(
            ModelException.class,
            () -> ModelFiles.locate(dir, WeightVariant.FULL, Optional.empty()));
    assertTrue(e.getMessage().contains("encoder_model.onnx"), e.getMessage());
  }

  @Test
  void decoderWithoutPastIsRejectedNamingTheMissingFile() throws IOException {
    touch("encoder_model.onnx", "decoder_model.onnx");
    ModelException e =
        assertThrows(
            ModelException.class,
            () -> ModelFiles.locate(dir, WeightVariant.FULL, Optional.empty()));
    assertTrue(e.getMessage().contains("decoder_with_past_model.onnx"), e.getMessage());
  }

  @Test
  void missingQuantizedVariantIsReported() throws IOException {
    touch("encoder_model.onnx", "decoder_model_merged.onnx");
    ModelException e =
        assertThrows(
            ModelException.class,
            () -> ModelFiles.locate(dir, WeightVariant.QUANTIZED, Optional.empty()));
    assertTrue(e.getMessage().contains("encoder_model_quantized.onnx"), e.getMessage());
  }

  @Test
  void notADirectoryIsReported() {
    Path missing = dir.resolve("nope");
    ModelException e =
        assertThrows(
            ModelException.class,
            () -> ModelFiles.locate(missing, WeightVariant.FULL, Optional.empty()));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }
}
