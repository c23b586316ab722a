package dev.tarjama.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;

/** Creation and row gathering of ONNX tensors; the caller owns every tensor returned. */
final class Tensors {

  static OnnxTensor longs(OrtEnvironment env, long[] values, long... shape) throws OrtException {
    LongBuffer buffer =
        ByteBuffer.allocateDirect(values.length * Long.BYTES)
            .order(ByteOrder.nativeOrder())
            .asLongBuffer();
    buffer.put(values).rewind();
    return OnnxTensor.createTensor(env, buffer, shape);
  }

  static OnnxTensor floats(OrtEnvironment env, float[] values, long... shape) throws OrtException {
    return OnnxTensor.createTensor(env, directFloats(values), shape);
  }

  static FloatBuffer directFloats(float[] values) {
    FloatBuffer buffer =
        ByteBuffer.allocateDirect(values.length * Float.BYTES)
            .order(ByteOrder.nativeOrder())
            .asFloatBuffer();
    buffer.put(values).rewind();
    return buffer;
  }

  /** A float tensor of zeros with the given shape. */
  static OnnxTensor zeros(OrtEnvironment env, long... shape) throws OrtException {
    long size = 1;
    for (long dim : shape) {
      size *= dim;
    }
    return floats(env, new float[Math.toIntExact(size)], shape);
  }

  /** A gather on a Java array of rows of {@code rowSize} values, into a direct buffer. */
  static FloatBuffer gatherRowsDirect(float[] values, int rowSize, int[] origins) {
    FloatBuffer out =
        ByteBuffer.allocateDirect(origins.length * rowSize * Float.BYTES)
            .order(ByteOrder.nativeOrder())
            .asFloatBuffer();
    for (int origin : origins) {
      out.put(values, origin * rowSize, rowSize);
    }
    return out.rewind();
  }

  static long[] gatherRows(long[] values, int rowSize, int[] origins) {
    long[] out = new long[origins.length * rowSize];
    for (int i = 0; i < origins.length; i++) {
      System.arraycopy(values, origins[i] * rowSize, out, i * rowSize, rowSize);
    }
    return out;
  }

  private Tensors() {}
}
