package dev.tarjama.examples.perf;

import dev.tarjama.decode.BeamSearch;
import dev.tarjama.decode.DecodeOptions;
import dev.tarjama.decode.Hypothesis;
import dev.tarjama.decode.SpecialIds;
import dev.tarjama.model.LexicalShortlist;
import dev.tarjama.model.ModelConfig;
import dev.tarjama.model.ModelFiles;
import dev.tarjama.model.OnnxMarianModel;
import dev.tarjama.model.SessionSettings;
import dev.tarjama.model.WeightVariant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Times tarjama's search (ONNX Runtime model, {@link BeamSearch}) on the ids that {@code
 * bench/prepare_inputs.py} wrote, row by row as {@code bench/torch_bench.py} times PyTorch: each
 * row decodes COUNT sources in batches of BATCH, generating exactly NEW tokens per hypothesis
 * (minimum length = maximum length), after an untimed warm-up on 2 sources. Prints one JSON object per
 * row (with the time split of {@link TimedModel}) and a last one with the process's peak RSS.
 *
 * <p>Usage: {@code DecodeBenchmark MODEL_DIR IDS_DIR --threads N --row DECODE,BATCH,ORDER,COUNT
 * ... [--new-tokens 32] [--quantized] [--shortlist FILE] [--config KEY=VALUE ...] [--label
 * NAME]}, DECODE being
 * {@code greedy} or {@code beamK}, ORDER {@code sorted} or {@code unsorted}.
 */
public final class DecodeBenchmark {

  private DecodeBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path modelDir = Path.of(args[0]);
    Path idsDir = Path.of(args[1]);
    int threads = 0;
    int newTokens = 32;
    boolean quantized = false;
    Optional<Path> shortlistFile = Optional.empty();
    String label = "tarjama";
    List<String> rows = new ArrayList<>();
    Map<String, String> config = new LinkedHashMap<>();
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--row" -> rows.add(args[++i]);
        case "--new-tokens" -> newTokens = Integer.parseInt(args[++i]);
        case "--quantized" -> quantized = true;
        case "--shortlist" -> shortlistFile = Optional.of(Path.of(args[++i]));
        case "--label" -> label = args[++i];
        case "--config" -> {
          String[] kv = args[++i].split("=", 2);
          config.put(kv[0], kv[1]);
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    ModelFiles files =
        ModelFiles.locate(
            modelDir, quantized ? WeightVariant.QUANTIZED : WeightVariant.FULL, Optional.empty());
    ModelConfig modelConfig = ModelConfig.read(files.file(ModelFiles.CONFIG));
    SessionSettings settings = new SessionSettings(threads, config);
    Optional<LexicalShortlist> shortlist =
        shortlistFile.map(
            file ->
                LexicalShortlist.read(file, modelConfig.vocabSize(), modelConfig.eosTokenId()));
    try (OnnxMarianModel onnx = OnnxMarianModel.open(files, modelConfig, settings, shortlist)) {
      System.out.println(memoryJson(label, threads, "loaded"));
      TimedModel model = new TimedModel(onnx);
      SpecialIds ids =
          new SpecialIds(
              modelConfig.decoderStartTokenId(),
              modelConfig.eosTokenId(),
              modelConfig.padTokenId());
      BeamSearch search = new BeamSearch(model, ids);
      for (String row : rows) {
        String[] spec = row.split(",");
        int beam = spec[0].equals("greedy") ? 1 : Integer.parseInt(spec[0].substring(4));
        int batch = Integer.parseInt(spec[1]);
        int[][] sources = readIds(idsDir.resolve(spec[2] + ".ids"), Integer.parseInt(spec[3]));
        DecodeOptions options =
            DecodeOptions.DEFAULTS
                .withBeamSize(beam)
                .withMaxLength(newTokens + 1)
                .withMinLength(newTokens + 1)
                .withForceEosAtMaxLength(false)
                .withBadWordsIds(List.of(List.of(modelConfig.padTokenId())));
        search.search(Arrays.copyOf(sources, Math.min(2, sources.length)), options);
        model.reset();
        List<Double> latencies = new ArrayList<>();
        long tokens = 0;
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < sources.length; i += batch) {
          long t0 = System.nanoTime();
          List<List<Hypothesis>> out =
              search.search(
                  Arrays.copyOfRange(sources, i, Math.min(i + batch, sources.length)), options);
          latencies.add((System.nanoTime() - t0) / 1e9);
          for (List<Hypothesis> hyps : out) {
            tokens += hyps.get(0).tokenIds().size();
          }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;
        System.out.println(
            rowJson(label, threads, spec, beam, batch, sources.length, tokens, seconds, cpuSeconds,
                latencies, model));
        System.out.println(memoryJson(label, threads, "after " + row));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "{\"system\": \"%s\", \"threads\": %d, \"peak_rss_mib\": %.1f}%n",
        label,
        threads,
        peakRssMib());
  }

  private static String rowJson(
      String label,
      int threads,
      String[] spec,
      int beam,
      int batch,
      int sentences,
      long tokens,
      double seconds,
      double cpuSeconds,
      List<Double> latencies,
      TimedModel model) {
    StringBuilder lat = new StringBuilder();
    for (double l : latencies) {
      lat.append(lat.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.5f", l));
    }
    return String.format(
        Locale.ROOT,
        "{\"system\": \"%s\", \"threads\": %d, \"decode\": \"%s\", \"batch\": %d, \"order\":"
            + " \"%s\", \"sentences\": %d, \"tokens\": %d, \"seconds\": %.4f, \"cpu_seconds\": %.4f,"
            + " \"encoder_seconds\":"
            + " %.4f, \"step_seconds\": %.4f, \"reorder_seconds\": %.4f, \"steps\": %d,"
            + " \"step_rows\": %d, \"beam\": %d, \"batch_seconds\": [%s]}",
        label, threads, spec[0], batch, spec[2], sentences, tokens, seconds, cpuSeconds,
        model.encoderSeconds(), model.stepSeconds(), model.reorderSeconds(), model.steps(),
        model.stepRows(), beam, lat);
  }

  /** Resident memory now, the JVM heap's use and size, and the peak so far, after {@code when}. */
  private static String memoryJson(String label, int threads, String when) throws IOException {
    Runtime runtime = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "{\"system\": \"%s\", \"threads\": %d, \"memory\": \"%s\", \"rss_mib\": %.1f,"
            + " \"peak_rss_mib_so_far\": %.1f, \"heap_used_mib\": %.1f, \"heap_committed_mib\":"
            + " %.1f}",
        label, threads, when, statusMib("VmRSS:"), statusMib("VmHWM:"),
        (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0,
        runtime.totalMemory() / 1048576.0);
  }

  static int[][] readIds(Path file, int count) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int n = Math.min(count, lines.size());
    int[][] ids = new int[n][];
    for (int i = 0; i < n; i++) {
      ids[i] = Arrays.stream(lines.get(i).trim().split(" ")).mapToInt(Integer::parseInt).toArray();
    }
    return ids;
  }

  /** CPU time of the whole process (all threads, garbage collection included), in nanoseconds. */
  static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
  }

  /** The process's peak resident set (VmHWM of /proc/self/status), in MiB; -1 if unknown. */
  static double peakRssMib() throws IOException {
    return statusMib("VmHWM:");
  }

  /** A memory line of /proc/self/status (e.g. {@code VmRSS:}), in MiB; -1 if unknown. */
  static double statusMib(String key) throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith(key)) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return -1;
  }
}
