package com.wekruit.valet.upstash;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One Redis answer: nil, an integer, a (binary-safe) string, an array of replies, or, inside a pipeline or
 * transaction, an error for that one command. Immutable.
 */
public final class RedisReply {
  /** What kind of answer it is. */
  public enum Kind { NIL, INTEGER, STRING, ARRAY, ERROR }

  private static final RedisReply NIL = new RedisReply(Kind.NIL, 0, null, List.of(), null);
  private final Kind kind;
  private final long integer;
  private final byte[] bytes;
  private final List<RedisReply> items;
  private final String error;

  private RedisReply(Kind kind, long integer, byte[] bytes, List<RedisReply> items, String error) {
    this.kind = kind;
    this.integer = integer;
    this.bytes = bytes;
    this.items = items;
    this.error = error;
  }

  static RedisReply nil() {
    return NIL;
  }

  static RedisReply integer(long value) {
    return new RedisReply(Kind.INTEGER, value, null, List.of(), null);
  }

  static RedisReply string(byte[] value) {
    return new RedisReply(Kind.STRING, 0, value.clone(), List.of(), null);
  }

  static RedisReply array(List<RedisReply> items) {
    return new RedisReply(Kind.ARRAY, 0, null, List.copyOf(items), null);
  }

  static RedisReply error(String message) {
    return new RedisReply(Kind.ERROR, 0, null, List.of(), Objects.requireNonNull(message, "message"));
  }

  public Kind kind() {
    return kind;
  }

  public boolean isNil() {
    return kind == Kind.NIL;
  }

  public boolean isError() {
    return kind == Kind.ERROR;
  }

  /** The error message of a failed command in a pipeline or transaction, or {@code null}. */
  public String error() {
    return error;
  }

  /** The integer; a numeric string (Upstash returns some numbers as strings) is parsed. */
  public long asLong() {
    if (kind == Kind.INTEGER) return integer;
    if (kind == Kind.STRING) return Long.parseLong(asString());
    throw new IllegalStateException("not an integer reply: " + kind + (error == null ? "" : " (" + error + ")"));
  }

  /** The string as UTF-8, or {@code null} for nil. */
  public String asString() {
    if (kind == Kind.NIL) return null;
    if (kind == Kind.INTEGER) return Long.toString(integer);
    if (kind != Kind.STRING) throw new IllegalStateException("not a string reply: " + kind);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The raw bytes of a string reply (exact with base64 responses), or {@code null} for nil. */
  public byte[] asBytes() {
    if (kind == Kind.NIL) return null;
    if (kind != Kind.STRING) throw new IllegalStateException("not a string reply: " + kind);
    return bytes.clone();
  }

  public List<RedisReply> asList() {
    if (kind == Kind.NIL) return List.of();
    if (kind != Kind.ARRAY) throw new IllegalStateException("not an array reply: " + kind);
    return items;
  }

  /** Kind and size only: values may be secrets. */
  @Override
  public String toString() {
    return switch (kind) {
      case NIL -> "RedisReply[nil]";
      case INTEGER -> "RedisReply[" + integer + "]";
      case STRING -> "RedisReply[string, " + bytes.length + " bytes]";
      case ARRAY -> "RedisReply[array, " + items.size() + " items]";
      case ERROR -> "RedisReply[error " + UpstashErrors.redisCode(error) + "]";
    };
  }
}
