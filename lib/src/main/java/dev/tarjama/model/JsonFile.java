package dev.tarjama.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A JSON object read from a model file, with getters whose errors name the file and field. */
final class JsonFile {
  private final Path path;
  private final JsonObject root;

  private JsonFile(Path path, JsonObject root) {
    this.path = path;
    this.root = root;
  }

  static JsonFile read(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new ModelException("missing model file " + path);
    }
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      JsonElement element = JsonParser.parseReader(reader);
      if (!element.isJsonObject()) {
        throw new ModelException("cannot read " + path + ": expected a JSON object");
      }
      return new JsonFile(path, element.getAsJsonObject());
    } catch (IOException | JsonParseException e) {
      throw new ModelException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  Path path() {
    return path;
  }

  JsonObject object() {
    return root;
  }

  boolean has(String field) {
    return root.has(field) && !root.get(field).isJsonNull();
  }

  int requireInt(String field) {
    return optionalInt(field)
        .orElseThrow(() -> new ModelException(path + " has no field \"" + field + "\""));
  }

  Optional<Integer> optionalInt(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    try {
      return Optional.of(root.get(field).getAsInt());
    } catch (RuntimeException e) {
      throw wrongType(field, "an integer");
    }
  }

  Optional<Double> optionalDouble(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    try {
      return Optional.of(root.get(field).getAsDouble());
    } catch (RuntimeException e) {
      throw wrongType(field, "a number");
    }
  }

  Optional<String> optionalString(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonElement e = root.get(field);
    if (e.isJsonPrimitive()) {
      return Optional.of(e.getAsString());
    }
    if (e.isJsonObject() && e.getAsJsonObject().has("content")) {
      // tokenizer_config.json may store special tokens as AddedToken objects.
      return Optional.of(e.getAsJsonObject().get("content").getAsString());
    }
    throw wrongType(field, "a string");
  }

  /** A list of lists of integers such as {@code bad_words_ids}. */
  Optional<List<List<Integer>>> optionalIntLists(String field) {
    if (!has(field)) {
      return Optional.empty();
    }
    try {
      List<List<Integer>> lists = new ArrayList<>();
      for (JsonElement inner : root.getAsJsonArray(field)) {
        List<Integer> ids = new ArrayList<>();
        for (JsonElement id : inner.getAsJsonArray()) {
          ids.add(id.getAsInt());
        }
        lists.add(List.copyOf(ids));
      }
      return Optional.of(List.copyOf(lists));
    } catch (RuntimeException e) {
      throw wrongType(field, "a list of lists of integers");
    }
  }

  private ModelException wrongType(String field, String expected) {
    return new ModelException(
        path + " field \"" + field + "\" is " + root.get(field) + ", expected " + expected);
  }
}
