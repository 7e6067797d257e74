package com.wekruit.valet.betterstack.logs;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One log line for {@link BetterStackLogs}: {@code dt} (RFC 3339, which Better Stack indexes as the event time),
 * {@code level}, {@code message} and any extra fields (strings, numbers, booleans, nested maps; anything else as its
 * string, and a value whose {@code toString()} throws as {@code "<unprintable Class>"}).
 *
 * <p>When every value is immutable (strings, boxed primitives, {@code UUID}, maps of those with string keys: the
 * map is copied) the line keeps them and is formatted and encoded to JSON later, on the sender's thread, at the
 * size of a bound reserved now; otherwise it is encoded when built, on the building thread. Either way later changes
 * to a value do not change the line. Immutable once built; build on any thread.
 */
public final class LogEvent {
  private final String level;
  private final byte[] json; // null while deferred
  private final Instant dt;
  private final String pattern;
  private final Object[] args; // null: pattern is the message
  private final Object[] fields; // name, value, ...; a map value as a Snapshot
  private final int count;
  private final int reserve;

  private LogEvent(Builder b, Object[] fields, long reserve) {
    this.level = b.level;
    this.dt = b.dt;
    this.pattern = b.message;
    this.args = b.args;
    this.fields = fields;
    this.count = b.count;
    this.json = null;
    this.reserve = (int) reserve;
  }

  private LogEvent(String level, byte[] json) {
    this.level = level;
    this.json = json;
    this.dt = null;
    this.pattern = null;
    this.args = null;
    this.fields = null;
    this.count = 0;
    this.reserve = json.length;
  }

  public static Builder builder(Instant dt, String level, String message) {
    return new Builder(dt, level, message, null);
  }

  /**
   * A line whose message is {@code pattern} with each {@code {}} replaced by the next argument, exactly as SLF4J
   * formats it ({@code MessageFormatter.arrayFormat}); formatted on the sender's thread when every argument is immutable.
   */
  public static Builder formatted(Instant dt, String level, String pattern, Object... args) {
    return new Builder(dt, level, pattern, args == null || args.length == 0 ? null : args.clone());
  }

  /** A line without extra fields. */
  public static LogEvent of(Instant dt, String level, String message) {
    return builder(dt, level, message).build();
  }

  /** The bytes the sender holds for this line until it is encoded: exact once encoded, an upper bound before. */
  int reserve() {
    return reserve;
  }

  boolean deferred() {
    return json == null;
  }

  /** Appends the JSON object to {@code j}. */
  void writeTo(LogJson j) {
    if (json != null) {
      j.raw(json);
      return;
    }
    j.raw("{\"dt\":").dt(dt).raw(",\"level\":").string(level).raw(",\"message\":");
    if (args == null) j.string(pattern);
    else Slf4jMessage.write(j, pattern, args);
    for (int i = 0; i < count; i++) {
      j.raw(',').string((String) fields[2 * i]).raw(':');
      Object v = fields[2 * i + 1];
      if (v instanceof Snapshot s) s.writeTo(j);
      else j.value(v);
    }
    j.raw('}');
  }

  /** This line encoded now, on this thread (itself when it already is). */
  LogEvent encoded() {
    if (json != null) return this;
    LogJson j = LogJson.acquire();
    try {
      writeTo(j);
      return new LogEvent(level, j.toBytes());
    } finally {
      j.release();
    }
  }

  /** How many bytes the line takes encoded (UTF-8 JSON); a deferred line is encoded to tell. */
  public int size() {
    return encoded().json.length;
  }

  @Override
  public String toString() {
    return "LogEvent[" + level + (json == null ? ", deferred]" : ", " + json.length + " bytes]");
  }

  /** A map's entries as they were when the line was built (string keys, immutable values). */
  private record Snapshot(Object[] entries) {
    /** {@code null} for a map that cannot be iterated (its line is then encoded now, which says so). */
    static Snapshot of(Map<?, ?> m) {
      try {
        Object[] kv = new Object[m.size() * 2];
        int i = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (i == kv.length) kv = Arrays.copyOf(kv, kv.length * 2 + 2);
          kv[i++] = e.getKey();
          kv[i++] = e.getValue();
        }
        return new Snapshot(i == kv.length ? kv : Arrays.copyOf(kv, i));
      } catch (RuntimeException unreadable) {
        return null;
      }
    }

    void writeTo(LogJson j) {
      j.raw('{');
      for (int i = 0; i < entries.length; i += 2) {
        if (i > 0) j.raw(',');
        j.string((String) entries[i]).raw(':').value(entries[i + 1]);
      }
      j.raw('}');
    }
  }

  /** Collects fields; a later field replaces an earlier one of the same name. Not thread-safe. */
  public static final class Builder {
    private final Instant dt;
    private final String level;
    private final String message;
    private final Object[] args;
    private Object[] fields; // name, value, name, value, ... (allocated on the first field)
    private int count;
    private Map<String, Integer> index; // only for many fields

    private Builder(Instant dt, String level, String message, Object[] args) {
      this.dt = Objects.requireNonNull(dt, "dt");
      this.level = Objects.requireNonNull(level, "level");
      this.message = message == null ? "" : message;
      this.args = args;
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

    /** The line: deferred when every value is immutable, else encoded now (on this thread). */
    public LogEvent build() {
      long bound = 30 + JsonBounds.DT + JsonBounds.string(level) + JsonBounds.string(message);
      for (int i = 0; args != null && i < args.length && bound >= 0; i++) {
        long t = JsonBounds.text(args[i]);
        bound = t < 0 ? -1 : bound + t;
      }
      Object[] kept = count == 0 ? null : Arrays.copyOf(fields, 2 * count);
      for (int i = 0; i < count && bound >= 0; i++) {
        Object v = kept[2 * i + 1];
        long b = JsonBounds.value(v);
        if (v instanceof Map<?, ?> m) {
          Snapshot s = Snapshot.of(m);
          b = s == null ? -1 : JsonBounds.map(s.entries);
          if (b >= 0) kept[2 * i + 1] = s;
        }
        bound = b < 0 ? -1 : bound + JsonBounds.string((String) kept[2 * i]) + 2 + b;
      }
      if (bound >= 0 && bound <= Integer.MAX_VALUE) return new LogEvent(this, kept, bound);
      LogEvent line = new LogEvent(this, kept, 0);
      return line.encoded();
    }
  }
}
