package dev.tarjama.model;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;

/**
 * Frees a direct buffer's native memory, or unmaps a mapped file, at once, as Lucene's
 * MMapDirectory unmaps its buffers: through {@code sun.misc.Unsafe.invokeCleaner} (module
 * jdk.unsupported). Where that is not available the buffer is left to the garbage collector, which
 * frees it eventually; until then a model-sized buffer stays resident.
 */
final class DirectBuffers {
  private static final Object UNSAFE;
  private static final Method INVOKE_CLEANER;

  static {
    Object unsafe = null;
    Method invokeCleaner = null;
    try {
      Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
      Field field = unsafeClass.getDeclaredField("theUnsafe");
      field.setAccessible(true);
      unsafe = field.get(null);
      invokeCleaner = unsafeClass.getMethod("invokeCleaner", ByteBuffer.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      invokeCleaner = null; // free() then leaves every buffer to the collector
    }
    UNSAFE = unsafe;
    INVOKE_CLEANER = invokeCleaner;
  }

  private DirectBuffers() {}

  /**
   * Frees {@code buffer}'s memory now if it is a direct or mapped buffer allocated by this JVM; the
   * buffer must not be used afterwards (a read would crash the JVM). Does nothing for heap buffers,
   * slices and views.
   *
   * @return whether the memory was freed now
   */
  static boolean free(ByteBuffer buffer) {
    if (buffer == null || !buffer.isDirect() || INVOKE_CLEANER == null) {
      return false;
    }
    try {
      INVOKE_CLEANER.invoke(UNSAFE, buffer);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      // invokeCleaner refuses slices and duplicates (IllegalArgumentException): the collector
      // frees those with their parent.
      return false;
    }
  }
}
