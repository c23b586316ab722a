package dev.tarjama.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A protobuf message read as a flat list of fields, enough to edit an ONNX {@code ModelProto}
 * without a protobuf library.
 *
 * <p>The wire format: each field is a varint tag {@code (number << 3) | wireType} followed by a
 * varint (type 0), 8 bytes (type 1), a varint length and that many bytes (type 2: strings, bytes,
 * nested messages, packed repeated values) or 4 bytes (type 5). Fields keep their order and their
 * bytes; a nested message is parsed only when {@link #message} is asked for it, and re-encoded only
 * if it was replaced, so the weights of a large model are copied once, never decoded.
 */
final class ProtoMessage {
  static final int VARINT = 0;
  static final int FIXED64 = 1;
  static final int LENGTH_DELIMITED = 2;
  static final int FIXED32 = 5;

  /**
   * One field: its number, wire type and value bytes (for type 2, the payload without length), or
   * for a nested message set by {@link #replace} or {@link #add(int, ProtoMessage)}, that message,
   * encoded only when the outermost message is.
   */
  static final class Field {
    final int number;
    final int wireType;

    /** Read with absolute gets only, so one buffer serves every field without copies. */
    final ByteBuffer bytes;

    final int start;
    final int end;
    final ProtoMessage message;

    Field(int number, int wireType, ByteBuffer bytes, int start, int end) {
      this.number = number;
      this.wireType = wireType;
      this.bytes = bytes;
      this.start = start;
      this.end = end;
      this.message = null;
    }

    /** A field whose value is the whole of {@code bytes}. */
    Field(int number, int wireType, byte[] bytes) {
      this(number, wireType, ByteBuffer.wrap(bytes), 0, bytes.length);
    }

    Field(int number, ProtoMessage message) {
      this.number = number;
      this.wireType = LENGTH_DELIMITED;
      this.bytes = null;
      this.start = 0;
      this.end = 0;
      this.message = message;
    }

    String string() {
      if (message != null) {
        return new String(message.toBytes(), StandardCharsets.UTF_8);
      }
      byte[] copy = new byte[end - start];
      bytes.get(start, copy);
      return new String(copy, StandardCharsets.UTF_8);
    }

    int payloadSize() {
      return message != null ? message.size() : end - start;
    }
  }

  private final List<Field> fields;

  private ProtoMessage(List<Field> fields) {
    this.fields = fields;
  }

  static ProtoMessage empty() {
    return new ProtoMessage(new ArrayList<>());
  }

  static ProtoMessage parse(byte[] bytes) {
    return parse(ByteBuffer.wrap(bytes));
  }

  /**
   * Parses the buffer's bytes from index 0 to its limit. The fields keep reading the buffer (a
   * memory-mapped file, say): it must stay valid and unchanged while the message is in use.
   */
  static ProtoMessage parse(ByteBuffer bytes) {
    return parse(bytes, 0, bytes.limit());
  }

  static ProtoMessage parse(ByteBuffer bytes, int start, int end) {
    List<Field> fields = new ArrayList<>();
    int[] at = {start};
    while (at[0] < end) {
      long tag = readVarint(bytes, at);
      int number = (int) (tag >>> 3);
      int type = (int) (tag & 7);
      int from = at[0];
      switch (type) {
        case VARINT -> readVarint(bytes, at);
        case FIXED64 -> at[0] += 8;
        case FIXED32 -> at[0] += 4;
        case LENGTH_DELIMITED -> {
          long length = readVarint(bytes, at);
          from = at[0];
          at[0] += (int) length;
        }
        default ->
            throw new IllegalArgumentException(
                "unsupported protobuf wire type " + type + " at byte " + from);
      }
      if (at[0] > end || at[0] < from) {
        throw new IllegalArgumentException("truncated protobuf field " + number + " at " + from);
      }
      fields.add(new Field(number, type, bytes, from, at[0]));
    }
    return new ProtoMessage(fields);
  }

  private static long readVarint(ByteBuffer bytes, int[] at) {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at[0] >= bytes.limit()) {
        throw new IllegalArgumentException("truncated protobuf varint");
      }
      byte b = bytes.get(at[0]++);
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IllegalArgumentException("protobuf varint longer than 10 bytes");
  }

  /** The fields with a number, in order. */
  List<Field> fields(int number) {
    List<Field> found = new ArrayList<>();
    for (Field field : fields) {
      if (field.number == number) {
        found.add(field);
      }
    }
    return found;
  }

  /** The first string field with a number, or "" (proto3 default). */
  String string(int number) {
    List<Field> found = fields(number);
    return found.isEmpty() ? "" : found.get(0).string();
  }

  List<String> strings(int number) {
    return fields(number).stream().map(Field::string).toList();
  }

  static ProtoMessage message(Field field) {
    return field.message != null ? field.message : parse(field.bytes, field.start, field.end);
  }

  /** Replaces a field by a message in place (same number, same position). */
  void replace(Field field, ProtoMessage value) {
    fields.set(fields.indexOf(field), new Field(field.number, value));
  }

  /** Replaces a field by a string in place (same number, same position). */
  void replaceString(Field field, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    fields.set(fields.indexOf(field), new Field(field.number, LENGTH_DELIMITED, bytes));
  }

  /**
   * Inserts a nested message field before the first field with the same number (appends it if there
   * is none): ONNX graphs list their nodes in topological order.
   */
  void addFirst(int number, ProtoMessage value) {
    int at = fields.size();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).number == number) {
        at = i;
        break;
      }
    }
    fields.add(at, new Field(number, value));
  }

  /** Appends a string field. */
  void add(int number, String value) {
    add(number, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Appends a nested message field. */
  void add(int number, ProtoMessage value) {
    fields.add(new Field(number, value));
  }

  private void add(int number, byte[] bytes) {
    fields.add(new Field(number, LENGTH_DELIMITED, bytes));
  }

  /** Appends a varint field. */
  void addVarint(int number, long value) {
    byte[] bytes = new byte[varintSize(value)];
    writeVarint(bytes, 0, value);
    fields.add(new Field(number, VARINT, bytes));
  }

  /**
   * The encoded message, written once into an array of its exact size: a model of hundreds of MiB
   * is not copied again through growing buffers.
   */
  byte[] toBytes() {
    byte[] out = new byte[size()];
    int end = writeTo(out, 0);
    if (end != out.length) {
      throw new IllegalStateException("protobuf size " + out.length + " but wrote " + end);
    }
    return out;
  }

  /**
   * The encoded message in a direct buffer of its exact size (position 0, limit = size): for a
   * model handed to ONNX Runtime, which reads a direct buffer in place, so the encoding never
   * occupies the Java heap.
   */
  ByteBuffer toDirectBuffer() {
    ByteBuffer out = ByteBuffer.allocateDirect(size());
    writeTo(out);
    if (out.hasRemaining()) {
      throw new IllegalStateException(
          "protobuf size " + out.capacity() + " but wrote " + out.position());
    }
    return out.flip();
  }

  /** Encoded size in bytes. */
  int size() {
    long total = 0;
    for (Field field : fields) {
      total += varintSize(((long) field.number << 3) | field.wireType);
      int payload = field.payloadSize();
      if (field.wireType == LENGTH_DELIMITED) {
        total += varintSize(payload);
      }
      total += payload;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("protobuf message of " + total + " bytes is too large");
    }
    return (int) total;
  }

  private int writeTo(byte[] out, int at) {
    int position = at;
    for (Field field : fields) {
      position = writeVarint(out, position, ((long) field.number << 3) | field.wireType);
      if (field.message != null) {
        position = writeVarint(out, position, field.message.size());
        position = field.message.writeTo(out, position);
        continue;
      }
      int length = field.end - field.start;
      if (field.wireType == LENGTH_DELIMITED) {
        position = writeVarint(out, position, length);
      }
      field.bytes.get(field.start, out, position, length);
      position += length;
    }
    return position;
  }

  private void writeTo(ByteBuffer out) {
    for (Field field : fields) {
      writeVarint(out, ((long) field.number << 3) | field.wireType);
      if (field.message != null) {
        writeVarint(out, field.message.size());
        field.message.writeTo(out);
        continue;
      }
      if (field.wireType == LENGTH_DELIMITED) {
        writeVarint(out, field.end - field.start);
      }
      int length = field.end - field.start;
      out.put(out.position(), field.bytes, field.start, length);
      out.position(out.position() + length);
    }
  }

  private static void writeVarint(ByteBuffer out, long value) {
    long rest = value;
    while ((rest & ~0x7fL) != 0) {
      out.put((byte) ((rest & 0x7f) | 0x80));
      rest >>>= 7;
    }
    out.put((byte) rest);
  }

  private static int varintSize(long value) {
    int size = 1;
    long rest = value;
    while ((rest & ~0x7fL) != 0) {
      rest >>>= 7;
      size++;
    }
    return size;
  }

  private static int writeVarint(byte[] out, int at, long value) {
    int position = at;
    long rest = value;
    while ((rest & ~0x7fL) != 0) {
      out[position++] = (byte) ((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    out[position++] = (byte) rest;
    return position;
  }
}
