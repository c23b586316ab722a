package dev.tarjama.tokenize;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The model's piece ↔ id table from {@code vocab.json}; its ids are the model's, not
 * SentencePiece's. Immutable and thread-safe.
 */
final class Vocabulary {
  private final Map<String, Integer> ids;
  private final String[] pieces;

  private Vocabulary(Map<String, Integer> ids, String[] pieces) {
    this.ids = ids;
    this.pieces = pieces;
  }

  static Vocabulary read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new TokenizerException("missing model file " + file);
    }
    JsonObject object;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      JsonElement root = JsonParser.parseReader(reader);
      if (!root.isJsonObject()) {
        throw new TokenizerException("cannot read " + file + ": expected a JSON object");
      }
      object = root.getAsJsonObject();
    } catch (IOException | JsonParseException e) {
      throw new TokenizerException("cannot read " + file + ": " + e.getMessage(), e);
    }
    Map<String, Integer> ids = new HashMap<>();
    int max = -1;
    for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
      int id;
      try {
        id = entry.getValue().getAsInt();
      } catch (RuntimeException e) {
        throw new TokenizerException(
            file + " maps \"" + entry.getKey() + "\" to " + entry.getValue() + ", expected an id");
      }
      if (id < 0) {
        throw new TokenizerException(
            file + " maps \"" + entry.getKey() + "\" to negative id " + id);
      }
      ids.put(entry.getKey(), id);
      max = Math.max(max, id);
    }
    String[] pieces = new String[max + 1];
    for (Map.Entry<String, Integer> entry : ids.entrySet()) {
      if (pieces[entry.getValue()] != null) {
        throw new TokenizerException(
            file
                + " maps both \""
                + pieces[entry.getValue()]
                + "\" and \""
                + entry.getKey()
                + "\" to id "
                + entry.getValue());
      }
      pieces[entry.getValue()] = entry.getKey();
    }
    return new Vocabulary(Map.copyOf(ids), pieces);
  }

  Optional<Integer> id(String piece) {
    return Optional.ofNullable(ids.get(piece));
  }

  /** The piece of an id, or empty for an id the table does not have. */
  Optional<String> piece(int id) {
    return id >= 0 && id < pieces.length ? Optional.ofNullable(pieces[id]) : Optional.empty();
  }

  int size() {
    return ids.size();
  }

  /** One more than the largest id. */
  int idLimit() {
    return pieces.length;
  }
}
