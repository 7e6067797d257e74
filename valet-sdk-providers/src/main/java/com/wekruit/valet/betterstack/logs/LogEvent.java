package com.wekruit.valet.betterstack.logs;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One log line for {@link BetterStackLogs}: {@code dt} (RFC 3339, which Better Stack indexes as the event time),
 * {@code level}, {@code message} and any extra fields (strings, numbers, booleans, nested maps; anything else as its
 * string, and a value whose {@code toString()} throws as {@code "<unprintable Class>"}). The line is encoded to JSON
 * when it is built, on the building thread: {@link #size()} is its exact encoded size (what the sender's memory
 * bound counts), the event holds only those bytes, and later changes to a field's value do not change it. Immutable
 * once built; build on any thread.
 */
public final class LogEvent {
  private final String level;
  private final byte[] json;

  private LogEvent(String level, byte[] json) {
    this.level = level;
    this.json = json;
  }

  public static Builder builder(Instant dt, String level, String message) {
    return new Builder(dt, level, message);
  }

  /** A line without extra fields. */
  public static LogEvent of(Instant dt, String level, String message) {
    return builder(dt, level, message).build();
  }

  /** The JSON object (not a copy: the sender only reads it). */
  byte[] json() {
    return json;
  }

  /** How many bytes the line takes encoded (UTF-8 JSON), which the sender's memory bound counts. */
  public int size() {
    return json.length;
  }

  @Override
  public String toString() {
    return "LogEvent[" + level + ", " + json.length + " bytes]";
  }

  /** Collects fields; a later field replaces an earlier one of the same name. Not thread-safe. */
  public static final class Builder {
    private final Instant dt;
    private final String level;
    private final String message;
    private Object[] fields; // name, value, name, value, ... (allocated on the first field)
    private int count;
    private Map<String, Integer> index; // only for many fields

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
      int at = indexOf(name);
      if (at >= 0) {
        fields[2 * at + 1] = value;
        return this;
      }
      if (fields == null) fields = new Object[8];
      if (2 * count == fields.length) fields = Arrays.copyOf(fields, fields.length * 2);
      if (index != null) index.put(name, count);
      fields[2 * count] = name;
      fields[2 * count + 1] = value;
      count++;
      return this;
    }

    private int indexOf(String name) {
      if (index == null && count >= 16) {
        index = new HashMap<>();
        for (int i = 0; i < count; i++) index.put((String) fields[2 * i], i);
      }
      if (index != null) return index.getOrDefault(name, -1);
      for (int i = 0; i < count; i++) if (fields[2 * i].equals(name)) return i;
      return -1;
    }

    /** Encodes the line now (on this thread). */
    public LogEvent build() {
      LogJson j = LogJson.acquire();
      try {
        j.raw("{\"dt\":").dt(dt).raw(",\"level\":").string(level).raw(",\"message\":").string(message);
        for (int i = 0; i < count; i++) j.raw(',').string((String) fields[2 * i]).raw(':').value(fields[2 * i + 1]);
        j.raw('}');
        return new LogEvent(level, j.toBytes());
      } finally {
        j.release();
      }
    }
  }
}
