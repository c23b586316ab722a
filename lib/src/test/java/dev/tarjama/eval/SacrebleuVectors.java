package dev.tarjama.eval;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Finds and reads the sacreBLEU 2.6.0 vectors: {@code shared/data/sacrebleu-vectors} beside (or
 * above) the checkout when present, else the copy in {@code src/test/resources/sacrebleu-vectors}.
 * Sentence files may be stored gzipped ({@code X.tsv.gz}).
 */
final class SacrebleuVectors {

  static final Path ROOT = locate();
  private static final Map<Path, List<String>> LINES = new ConcurrentHashMap<>();

  private SacrebleuVectors() {}

  private static Path locate() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      Path shared = p.resolve("shared/data/sacrebleu-vectors");
      if (Files.isRegularFile(shared.resolve("expected.jsonl"))) {
        return shared;
      }
    }
    for (Path p = dir; p != null; p = p.getParent()) {
      Path bundled = p.resolve("lib/src/test/resources/sacrebleu-vectors");
      if (Files.isRegularFile(bundled.resolve("expected.jsonl"))) {
        return bundled;
      }
    }
    Path local = dir.resolve("src/test/resources/sacrebleu-vectors");
    if (Files.isRegularFile(local.resolve("expected.jsonl"))) {
      return local;
    }
    throw new IllegalStateException("sacreBLEU vectors not found above " + dir);
  }

  static List<JsonObject> rows(String file) {
    List<JsonObject> rows = new ArrayList<>();
    for (String line : read(ROOT.resolve(file)).split("\n")) {
      if (!line.isBlank()) {
        rows.add(JsonParser.parseString(line).getAsJsonObject());
      }
    }
    return rows;
  }

  /** The lines of a text file as the sacrebleu command reads them: split on \n, right-stripped. */
  static List<String> cliLines(String relative) {
    return LINES.computeIfAbsent(
        ROOT.resolve(relative),
        path -> {
          List<String> lines = new ArrayList<>();
          for (String line : splitLines(read(path))) {
            lines.add(PythonText.rstrip(line));
          }
          return List.copyOf(lines);
        });
  }

  /** Python's iteration over a file opened with newline="\n": pieces ending at each \n. */
  static List<String> splitLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        lines.add(text.substring(start));
        break;
      }
      lines.add(text.substring(start, end));
      start = end + 1;
    }
    return lines;
  }

  /** Reads a UTF-8 file, or its gzipped copy {@code name.gz} when only that exists. */
  static String read(Path path) {
    try {
      if (Files.exists(path)) {
        return Files.readString(path, StandardCharsets.UTF_8);
      }
      Path gz = Path.of(path + ".gz");
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
