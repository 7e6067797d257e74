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
 * map is copied) the line keeps them and is formatted and encoded to JSON later, on the sender's thread, within a
 * bound reserved now; otherwise it is encoded when built, on the building thread. Either way later changes to a
 * value do not change the line. Immutable once built; build on any thread.
 */
public final class LogEvent {
  final String level;
  final byte[] json; // null while deferred
  final long seconds;
  final int nanos;
  final String pattern;
  final Object[] values; // the message's arguments, then name, value, name, value, ... (a map as a MapSnapshot)
  final int args;
  final int fields;
  private final int reserve;

  private LogEvent(Builder b, Object[] values, long reserve) {
    this.level = b.level;
    this.seconds = b.dt.getEpochSecond();
    this.nanos = b.dt.getNano();
    this.pattern = b.message;
    this.values = values;
    this.args = b.args == null ? 0 : b.args.length;
    this.fields = b.count;
    this.json = null;
    this.reserve = (int) reserve;
  }

  private LogEvent(String level, byte[] json) {
    this.level = level;
    this.json = json;
    this.seconds = 0;
    this.nanos = 0;
    this.pattern = null;
    this.values = null;
    this.args = 0;
    this.fields = 0;
    this.reserve = json.length;
  }

  public static Builder builder(Instant dt, String level, String message) {
    return new Builder(dt, level, message, null);
  }

  /**
   * A line whose message is {@code pattern} with each {@code {}} replaced by the next argument, exactly as SLF4J
   * formats it ({@code MessageFormatter.arrayFormat}); formatted on the sender's thread when every argument is
   * immutable.
   */
  public static Builder formatted(Instant dt, String level, String pattern, Object... args) {
    return new Builder(dt, level, pattern, args == null || args.length == 0 ? null : args);
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
    if (json != null) j.raw(json);
    else write(j, seconds, nanos, level, pattern, values, 0, args, fields);
  }

  /** Writes a deferred line from its parts ({@code v[off]}: the arguments, then the fields' names and values). */
  static void write(LogJson j, long seconds, int nanos, String level, String pattern, Object[] v, int off, int args,
      int fields) {
    j.raw("{\"dt\":").dt(seconds, nanos).raw(",\"level\":").string(level).raw(",\"message\":");
    if (args == 0) j.string(pattern);
    else Slf4jMessage.write(j, pattern, v, off, args);
    for (int i = 0, at = off + args; i < fields; i++, at += 2) {
      j.raw(',').string((String) v[at]).raw(':');
      if (v[at + 1] instanceof MapSnapshot m) m.writeTo(j);
      else JsonValues.write(j, v[at + 1]);
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
      int hash = name.hashCode();
      for (int i = 0; i < count; i++) if (fields[2 * i].hashCode() == hash && fields[2 * i].equals(name)) return i;
      return -1;
    }

    /** The line: deferred when every value is immutable, else encoded now (on this thread). */
    public LogEvent build() {
      int n = args == null ? 0 : args.length;
      Object[] values = new Object[n + 2 * count];
      if (n > 0) System.arraycopy(args, 0, values, 0, n);
      if (count > 0) System.arraycopy(fields, 0, values, n, 2 * count);
      long bound = 30 + JsonBounds.DT + JsonBounds.recurring(level) + JsonBounds.recurring(message);
      for (int i = 0; i < n && bound >= 0; i++) {
        long t = JsonBounds.text(values[i]);
        bound = t < 0 ? -1 : bound + t;
      }
      for (int at = n; at < values.length && bound >= 0; at += 2) {
        long b = values[at + 1] instanceof String s ? JsonBounds.recurring(s) : JsonBounds.value(values[at + 1]);
        if (values[at + 1] instanceof Map<?, ?> m) {
          MapSnapshot s = MapSnapshot.of(m);
          b = s == null ? -1 : JsonBounds.map(s.entries());
          if (b >= 0) values[at + 1] = s;
        }
        bound = b < 0 ? -1 : bound + JsonBounds.recurring((String) values[at]) + 2 + b;
      }
      if (bound >= 0 && bound <= Integer.MAX_VALUE) return new LogEvent(this, values, bound);
      return new LogEvent(this, values, 0).encoded();
    }
  }
}
