package com.wekruit.valet.betterstack.logs;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One log line for {@link BetterStackLogs}: {@code dt} (RFC 3339, which Better Stack indexes as the event time),
 * {@code level}, {@code message} and any extra fields (strings, numbers, booleans, nested maps; anything else as its
 * string). Immutable once built; build on any thread.
 */
public final class LogEvent {
  private final byte[] json;

  private LogEvent(byte[] json) {
    this.json = json;
  }

  public static Builder builder(Instant dt, String level, String message) {
    return new Builder(dt, level, message);
  }

  /** A line without extra fields. */
  public static LogEvent of(Instant dt, String level, String message) {
    return builder(dt, level, message).build();
  }

  /** The encoded JSON object. */
  byte[] json() {
    return json;
  }

  /** Encoded size in bytes. */
  public int size() {
    return json.length;
  }

  @Override
  public String toString() {
    return "LogEvent[" + json.length + " bytes]";
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
      StringBuilder b = new StringBuilder(96 + message.length());
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
      b.append('}');
      return new LogEvent(b.toString().getBytes(StandardCharsets.UTF_8));
    }
  }
}
