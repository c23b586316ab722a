package dev.tarjama;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.tarjama.tokenize.SpecialTokens;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The special piece names of {@code tokenizer_config.json}; Marian's when the file is absent. */
final class TokenizerConfig {

  static SpecialTokens specialTokens(Path file) {
    if (!Files.isRegularFile(file)) {
      return SpecialTokens.MARIAN;
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      JsonElement root = JsonParser.parseReader(reader);
      if (!root.isJsonObject()) {
        throw new TarjamaException("cannot read " + file + ": expected a JSON object");
      }
      JsonObject o = root.getAsJsonObject();
      SpecialTokens d = SpecialTokens.MARIAN;
      return new SpecialTokens(
          name(o, "eos_token", d.eos()),
          name(o, "unk_token", d.unk()),
          name(o, "pad_token", d.pad()));
    } catch (IOException | JsonParseException | IllegalStateException e) {
      throw new TarjamaException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String name(JsonObject o, String field, String fallback) {
    JsonElement e = o.get(field);
    if (e == null || e.isJsonNull()) {
      return fallback;
    }
    // Newer files store special tokens as AddedToken objects with a "content" field.
    return e.isJsonObject() ? e.getAsJsonObject().get("content").getAsString() : e.getAsString();
  }

  private TokenizerConfig() {}
}
