import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one ONNX model on ONNX Runtime (Java) for ort_check.py, which verifies the Python exports.
 *
 * <p>Usage: {@code java -cp onnxruntime.jar models/tools/OrtRun.java MODEL DIR}. DIR holds
 * {@code inputs.txt} (lines "name dtype d0,d1,..." with dtype float32, int64 or bool) and one
 * little-endian {@code name.bin} per input. Writes {@code outputs.txt} and {@code out.name.bin}
 * (float32 or int64) for every model output. Environment: ORT_OPT_LEVEL (NO, BASIC, EXTENDED,
 * ALL; default ALL), ORT_CONFIG ("key=value;..." session config entries), ORT_OPTIMIZED_MODEL (path to write the optimised graph), ORT_REPEAT (time that many runs:
 * timing.txt). ORT_THREADS (intra-op threads, default 1). Not part of the library.
 */
public final class OrtRun {
  public static void main(String[] args) throws Exception {
    Path model = Path.of(args[0]);
    Path dir = Path.of(args[1]);
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(
          Integer.parseInt(System.getenv().getOrDefault("ORT_THREADS", "1")));
      String level = System.getenv().getOrDefault("ORT_OPT_LEVEL", "ALL");
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.valueOf(level + "_OPT"));
      for (String entry : System.getenv().getOrDefault("ORT_CONFIG", "").split(";")) {
        if (!entry.isEmpty()) {
          String[] kv = entry.split("=", 2);
          options.addConfigEntry(kv[0], kv[1]);
        }
      }
      String dump = System.getenv("ORT_OPTIMIZED_MODEL");
      if (dump != null) {
        options.setOptimizedModelFilePath(dump);
      }
      try (OrtSession session = env.createSession(model.toString(), options)) {
        Map<String, OnnxTensor> inputs = readInputs(env, dir);
        int repeat = Integer.parseInt(System.getenv().getOrDefault("ORT_REPEAT", "0"));
        if (repeat > 0) {
          time(session, inputs, repeat, dir);
        }
        try (OrtSession.Result result = session.run(inputs)) {
          StringBuilder index = new StringBuilder();
          for (Map.Entry<String, ai.onnxruntime.OnnxValue> e : result) {
            OnnxTensor t = (OnnxTensor) e.getValue();
            long[] shape = t.getInfo().getShape();
            ByteBuffer data = t.getByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            Files.write(dir.resolve("out." + e.getKey() + ".bin"), bytes);
            index.append(e.getKey()).append(' ').append(t.getInfo().type).append(' ')
                .append(join(shape)).append('\n');
          }
          Files.writeString(dir.resolve("outputs.txt"), index.toString());
        }
        for (OnnxTensor t : inputs.values()) {
          t.close();
        }
      }
    }
  }

  /** Runs the session {@code repeat} times after 3 warm-up runs; writes timing.txt (ms). */
  private static void time(OrtSession session, Map<String, OnnxTensor> inputs, int repeat, Path dir)
      throws Exception {
    for (int i = 0; i < 3; i++) {
      session.run(inputs).close();
    }
    long[] nanos = new long[repeat];
    for (int i = 0; i < repeat; i++) {
      long start = System.nanoTime();
      session.run(inputs).close();
      nanos[i] = System.nanoTime() - start;
    }
    java.util.Arrays.sort(nanos);
    Files.writeString(dir.resolve("timing.txt"),
        String.format("median %.3f ms, min %.3f ms over %d runs%n",
            nanos[repeat / 2] / 1e6, nanos[0] / 1e6, repeat));
  }

  private static Map<String, OnnxTensor> readInputs(OrtEnvironment env, Path dir)
      throws IOException, ai.onnxruntime.OrtException {
    Map<String, OnnxTensor> inputs = new LinkedHashMap<>();
    for (String line : Files.readAllLines(dir.resolve("inputs.txt"))) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split(" ");
      long[] shape = parseShape(parts.length > 2 ? parts[2] : "");
      ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(dir.resolve(parts[0] + ".bin")))
          .order(ByteOrder.LITTLE_ENDIAN);
      OnnxTensor tensor = switch (parts[1]) {
        case "float32" -> OnnxTensor.createTensor(env, data.asFloatBuffer(), shape);
        case "int64" -> OnnxTensor.createTensor(env, data.asLongBuffer(), shape);
        case "bool" -> {
          boolean[] values = new boolean[data.remaining()];
          for (int i = 0; i < values.length; i++) {
            values[i] = data.get(i) != 0;
          }
          yield OnnxTensor.createTensor(env, values);
        }
        default -> throw new IllegalArgumentException("unknown dtype " + parts[1]);
      };
      inputs.put(parts[0], tensor);
    }
    return inputs;
  }

  private static long[] parseShape(String text) {
    if (text.isEmpty()) {
      return new long[0];
    }
    String[] parts = text.split(",");
    long[] shape = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      shape[i] = Long.parseLong(parts[i]);
    }
    return shape;
  }

  private static String join(long[] shape) {
    List<String> parts = new ArrayList<>();
    for (long d : shape) {
      parts.add(Long.toString(d));
    }
    return String.join(",", parts);
  }
}
