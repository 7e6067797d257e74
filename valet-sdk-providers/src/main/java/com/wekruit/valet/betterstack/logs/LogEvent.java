package com.wekruit.valet.betterstack.logs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One log line for {@link BetterStackLogs}: {@code dt} (RFC 3339, which Better Stack indexes as the event time),
 * {@code level}, {@code message} and any extra fields (strings, numbers, booleans, nested maps; anything else as its
 * string). Encoding to JSON happens on the sender's thread, not the caller's. Immutable once built; build on any
 * thread; field values must not change after {@link Builder#build()}.
 */
public final class LogEvent {
  private final Instant dt;
  private final String level;
  private final String message;
  private final Map<String, Object> fields;
  private final int size;

  private LogEvent(Instant dt, String level, String message, Map<String, Object> fields) {
    this.dt = dt;
    this.level = level;
    this.message = message;
    this.fields = fields;
    int n = 64 + level.length() + message.length();
    for (Map.Entry<String, Object> e : fields.entrySet()) n += 8 + e.getKey().length() + estimate(e.getValue());
    this.size = n;
  }

  private static int estimate(Object v) {
    if (v instanceof CharSequence c) return c.length();
    if (v instanceof Map<?, ?> m) {
      int n = 2;
      for (Map.Entry<?, ?> e : m.entrySet()) n += 6 + String.valueOf(e.getKey()).length() + estimate(e.getValue());
      return n;
    }
    return 16;
  }

  public static Builder builder(Instant dt, String level, String message) {
    return new Builder(dt, level, message);
  }

  /** A line without extra fields. */
  public static LogEvent of(Instant dt, String level, String message) {
    return builder(dt, level, message).build();
  }

  /** The JSON object, encoded now. */
  byte[] json() {
    StringBuilder b = new StringBuilder(size + 32);
    b.append("{\"dt\":");
    LogJson.string(b, dt.toString());
    b.append(",\"level\":");
    LogJson.string(b, level);
    b.append(",\"message\":");
    LogJson.string(b, message);
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      b.append(',');
      LogJson.string(b, e.getKey());
      b.append(':');
      LogJson.value(b, e.getValue());
    }
    return b.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }

  /** About how many bytes the line takes encoded (what the sender's memory bound counts). */
  public int size() {
    return size;
  }

  @Override
  public String toString() {
    return "LogEvent[" + level + ", ~" + size + " bytes]";
  }

  /** Collects fields; a later field replaces an earlier one of the same name. Not thread-safe. */
  public static final class Builder {
    private final Instant dt;
    private final String level;
    private final String message;
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Builder(Instant dt, String level, String message) {
      this.dt = Objects.requireNonNull(dt, "dt");
      this.level = Objects.requireNonNull(level, "level");
      this.message = message == null ? "" : message;
    }

    /** An extra top-level field; {@code dt}, {@code level} and {@code message} are reserved. */
    public Builder field(String name, Object value) {
      if (name.equals("dt") || name.equals("level") || name.equals("message")) {
        throw new IllegalArgumentException("field name is reserved: " + name);
      }
      fields.put(name, value);
      return this;
    }

    public LogEvent build() {
      return new LogEvent(dt, level, message, fields.isEmpty() ? Map.of() : new LinkedHashMap<>(fields));
    }
  }
}
