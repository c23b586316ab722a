package dev.tarjama.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One {@code "kind": "generate"} line of the parity fixture's references.jsonl (see
 * FIXTURE-SPEC.md): a batch of sources, the Hugging Face generate() options, and the n-best outputs
 * of the PyTorch reference, with the options mapped to {@link DecodeOptions}.
 *
 * <p>Mapping: num_beams → beamSize; max_length → maxLength (null: max_new_tokens + 1);
 * max_new_tokens → maxNewTokens (null → 0); min_length → minLength (null → 0); length_penalty (null
 * → 1.0); early_stopping true/false/"never" → {@link EarlyStopping}; no_repeat_ngram_size (null →
 * 0); repetition_penalty (null → 1.0); num_return_sequences → numHypotheses (null → 1);
 * bad_words_ids (null → empty); forced_eos_token_id non-null → forceEosAtMaxLength, its value kept
 * in {@link #forcedEosTokenId} so a test can check it is the model's eos id.
 *
 * @param outputs per source, the reference n-best, best first
 */
record ReferenceCase(
    String id,
    DecodeOptions options,
    OptionalInt forcedEosTokenId,
    List<List<Integer>> sources,
    List<String> sourceTexts,
    List<List<Hypothesis>> outputs) {

  /** The kinds references.jsonl may hold; any other kind is an error. */
  static final Set<String> KINDS = Set.of("generate", "tokenize", "detokenize", "logits");

  ReferenceCase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(forcedEosTokenId, "forcedEosTokenId");
    sources = sources.stream().map(List::copyOf).toList();
    sourceTexts = List.copyOf(sourceTexts);
    outputs = outputs.stream().map(List::copyOf).toList();
    if (outputs.size() != sources.size()) {
      throw new IllegalArgumentException(
          id + ": " + outputs.size() + " outputs for " + sources.size() + " sources");
    }
  }

  /** The sources as the arrays {@link BeamSearch#search} takes. */
  int[][] sourceArrays() {
    return sources.stream()
        .map(source -> source.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }

  /**
   * Asserts that a search returned the reference outputs: the same number of hypotheses per source,
   * every token id equal, every score within {@code scoreTolerance}; failures name the case, source
   * and hypothesis.
   */
  void assertMatches(List<List<Hypothesis>> actual, double scoreTolerance) {
    assertEquals(outputs.size(), actual.size(), id + ": sources");
    for (int s = 0; s < outputs.size(); s++) {
      List<Hypothesis> expected = outputs.get(s);
      assertEquals(expected.size(), actual.get(s).size(), id + " source " + s + ": hypotheses");
      for (int h = 0; h < expected.size(); h++) {
        String where = id + " source " + s + " hypothesis " + h;
        assertEquals(expected.get(h).tokenIds(), actual.get(s).get(h).tokenIds(), where);
        assertEquals(expected.get(h).score(), actual.get(s).get(h).score(), scoreTolerance, where);
      }
    }
  }

  /** Every generate case of a references.jsonl file; every line must parse. */
  static List<ReferenceCase> readGenerateCases(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readGenerateCases(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Every generate case of a references.jsonl stream; lines of the other kinds are checked to be
   * JSON objects of a known kind and skipped.
   *
   * @throws IllegalArgumentException naming the source and line if a line does not parse
   */
  static List<ReferenceCase> readGenerateCases(InputStream in, String name) {
    List<ReferenceCase> cases = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonObject object = JsonParser.parseString(line).getAsJsonObject();
          String kind = object.get("kind").getAsString();
          if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException(
                "unknown kind " + kind + ", expected one of " + KINDS);
          }
          if (kind.equals("generate")) {
            cases.add(fromJson(object));
          }
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(name + " line " + number + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return List.copyOf(cases);
  }

  /** Parses one generate line. */
  static ReferenceCase parse(String line) {
    return fromJson(JsonParser.parseString(line).getAsJsonObject());
  }

  private static ReferenceCase fromJson(JsonObject object) {
    if (!"generate".equals(object.get("kind").getAsString())) {
      throw new IllegalArgumentException("not a generate line: kind " + object.get("kind"));
    }
    String id = object.get("id").getAsString();
    JsonObject options = object.getAsJsonObject("options");
    JsonElement forced = options.get("forced_eos_token_id");
    OptionalInt forcedEos =
        isNull(forced) ? OptionalInt.empty() : OptionalInt.of(forced.getAsInt());
    List<String> texts = new ArrayList<>();
    if (!isNull(object.get("source_texts"))) {
      object.getAsJsonArray("source_texts").forEach(text -> texts.add(text.getAsString()));
    }
    return new ReferenceCase(
        id,
        toOptions(options, forcedEos.isPresent()),
        forcedEos,
        intLists(object.getAsJsonArray("sources")),
        texts,
        outputs(object.getAsJsonArray("outputs")));
  }

  private static DecodeOptions toOptions(JsonObject options, boolean forceEos) {
    int maxNewTokens = intOr(options, "max_new_tokens", 0);
    int maxLength =
        isNull(options.get("max_length")) ? maxNewTokens + 1 : options.get("max_length").getAsInt();
    List<List<Integer>> badWords =
        isNull(options.get("bad_words_ids"))
            ? List.of()
            : intLists(options.getAsJsonArray("bad_words_ids"));
    return new DecodeOptions(
        options.get("num_beams").getAsInt(),
        maxLength,
        maxNewTokens,
        intOr(options, "min_length", 0),
        doubleOr(options, "length_penalty", 1.0),
        earlyStopping(options.get("early_stopping")),
        intOr(options, "no_repeat_ngram_size", 0),
        doubleOr(options, "repetition_penalty", 1.0),
        intOr(options, "num_return_sequences", 1),
        badWords,
        forceEos);
  }

  private static EarlyStopping earlyStopping(JsonElement value) {
    if (isNull(value)) {
      return EarlyStopping.FALSE; // GenerationConfig's default
    }
    JsonPrimitive primitive = value.getAsJsonPrimitive();
    if (primitive.isBoolean()) {
      return primitive.getAsBoolean() ? EarlyStopping.TRUE : EarlyStopping.FALSE;
    }
    if (primitive.isString() && primitive.getAsString().equals("never")) {
      return EarlyStopping.NEVER;
    }
    throw new IllegalArgumentException(
        "early_stopping must be true, false or \"never\", got " + value);
  }

  private static List<List<Hypothesis>> outputs(JsonArray perSource) {
    List<List<Hypothesis>> outputs = new ArrayList<>();
    for (JsonElement nBest : perSource) {
      List<Hypothesis> hypotheses = new ArrayList<>();
      for (JsonElement element : nBest.getAsJsonArray()) {
        JsonObject hypothesis = element.getAsJsonObject();
        List<Integer> tokens = new ArrayList<>();
        hypothesis.getAsJsonArray("tokens").forEach(token -> tokens.add(token.getAsInt()));
        hypotheses.add(new Hypothesis(tokens, hypothesis.get("score").getAsDouble()));
      }
      outputs.add(hypotheses);
    }
    return outputs;
  }

  private static List<List<Integer>> intLists(JsonArray arrays) {
    List<List<Integer>> lists = new ArrayList<>();
    for (JsonElement array : arrays) {
      List<Integer> list = new ArrayList<>();
      array.getAsJsonArray().forEach(value -> list.add(value.getAsInt()));
      lists.add(list);
    }
    return lists;
  }

  private static boolean isNull(JsonElement element) {
    return element == null || element.isJsonNull();
  }

  private static int intOr(JsonObject object, String key, int fallback) {
    return isNull(object.get(key)) ? fallback : object.get(key).getAsInt();
  }

  private static double doubleOr(JsonObject object, String key, double fallback) {
    return isNull(object.get(key)) ? fallback : object.get(key).getAsDouble();
  }
}
