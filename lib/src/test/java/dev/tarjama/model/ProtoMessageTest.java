package dev.tarjama.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

/** The protobuf reader over mapped and direct buffers, and the eager freeing of such buffers. */
class ProtoMessageTest {
  private static final Path MERGED =
      Path.of("src/test/resources/fixture/merged/decoder_model_merged.onnx");

  @Test
  void mappedFileRoundTripKeepsTheBytes() throws Exception {
    byte[] expected = Files.readAllBytes(MERGED);
    try (FileChannel channel = FileChannel.open(MERGED, StandardOpenOption.READ)) {
      MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
      ProtoMessage message = ProtoMessage.parse(mapped);
      assertArrayEquals(expected, message.toBytes());
      ByteBuffer direct = message.toDirectBuffer();
      byte[] copy = new byte[direct.remaining()];
      direct.get(copy);
      assertArrayEquals(expected, copy);
      assertTrue(DirectBuffers.free(direct));
      assertTrue(DirectBuffers.free(mapped));
    }
  }

  @Test
  void parseStopsAtTheLimitNotTheCapacity() {
    // field 1, varint 150 (0x96 0x01), then a byte past the limit that would be a truncated tag
    ByteBuffer buffer = ByteBuffer.wrap(new byte[] {0x08, (byte) 0x96, 0x01, (byte) 0x80});
    buffer.limit(3);
    ProtoMessage message = ProtoMessage.parse(buffer);
    assertEquals(1, message.fields(1).size());
    assertArrayEquals(new byte[] {0x08, (byte) 0x96, 0x01}, message.toBytes());
    assertThrows(
        IllegalArgumentException.class, () -> ProtoMessage.parse(buffer.limit(4).rewind()));
  }

  @Test
  void freeLeavesHeapBuffersAndSlicesToTheCollector() {
    assertFalse(DirectBuffers.free(ByteBuffer.allocate(16)));
    assertFalse(DirectBuffers.free(ByteBuffer.allocateDirect(16).slice(4, 8)));
    assertFalse(DirectBuffers.free(null));
  }
}
