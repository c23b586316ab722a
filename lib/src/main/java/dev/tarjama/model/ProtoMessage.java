package dev.tarjama.model;

import java.io.ByteArrayOutputStream;
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

  /** One field: its number, wire type and value bytes (for type 2, the payload without length). */
  static final class Field {
    final int number;
    final int wireType;
    final byte[] bytes;
    final int start;
    final int end;

    Field(int number, int wireType, byte[] bytes, int start, int end) {
      this.number = number;
      this.wireType = wireType;
      this.bytes = bytes;
      this.start = start;
      this.end = end;
    }

    String string() {
      return new String(bytes, start, end - start, StandardCharsets.UTF_8);
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
    return parse(bytes, 0, bytes.length);
  }

  static ProtoMessage parse(byte[] bytes, int start, int end) {
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
        default -> throw new IllegalArgumentException(
            "unsupported protobuf wire type " + type + " at byte " + from);
      }
      if (at[0] > end || at[0] < from) {
        throw new IllegalArgumentException("truncated protobuf field " + number + " at " + from);
      }
      fields.add(new Field(number, type, bytes, from, at[0]));
    }
    return new ProtoMessage(fields);
  }

  private static long readVarint(byte[] bytes, int[] at) {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at[0] >= bytes.length) {
        throw new IllegalArgumentException("truncated protobuf varint");
      }
      byte b = bytes[at[0]++];
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
    return parse(field.bytes, field.start, field.end);
  }

  /** Replaces a field by a message in place (same number, same position). */
  void replace(Field field, ProtoMessage value) {
    byte[] bytes = value.toBytes();
    fields.set(
        fields.indexOf(field), new Field(field.number, LENGTH_DELIMITED, bytes, 0, bytes.length));
  }

  /** Replaces a field by a string in place (same number, same position). */
  void replaceString(Field field, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    fields.set(
        fields.indexOf(field), new Field(field.number, LENGTH_DELIMITED, bytes, 0, bytes.length));
  }

  /**
   * Inserts a nested message field before the first field with the same number (appends it if
   * there is none): ONNX graphs list their nodes in topological order.
   */
  void addFirst(int number, ProtoMessage value) {
    byte[] bytes = value.toBytes();
    int at = fields.size();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).number == number) {
        at = i;
        break;
      }
    }
    fields.add(at, new Field(number, LENGTH_DELIMITED, bytes, 0, bytes.length));
  }

  /** Appends a string field. */
  void add(int number, String value) {
    add(number, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Appends a nested message field. */
  void add(int number, ProtoMessage value) {
    add(number, value.toBytes());
  }

  private void add(int number, byte[] bytes) {
    fields.add(new Field(number, LENGTH_DELIMITED, bytes, 0, bytes.length));
  }

  /** Appends a varint field. */
  void addVarint(int number, long value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVarint(out, value);
    byte[] bytes = out.toByteArray();
    fields.add(new Field(number, VARINT, bytes, 0, bytes.length));
  }

  byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Field field : fields) {
      writeVarint(out, ((long) field.number << 3) | field.wireType);
      if (field.wireType == LENGTH_DELIMITED) {
        writeVarint(out, field.end - field.start);
      }
      out.write(field.bytes, field.start, field.end - field.start);
    }
    return out.toByteArray();
  }

  private static void writeVarint(ByteArrayOutputStream out, long value) {
    long rest = value;
    while ((rest & ~0x7fL) != 0) {
      out.write((int) ((rest & 0x7f) | 0x80));
      rest >>>= 7;
    }
    out.write((int) rest);
  }
}
