package com.wekruit.valet.betterstack.logs;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Minimal JSON writing for log lines, straight to UTF-8 bytes: strings escaped per RFC 8259 (lone surrogates become
 * {@code ?}), {@code dt} timestamps, digits; values of any type through {@link JsonValues}. Not thread-safe; one per
 * thread ({@link #acquire()}) or per shipper.
 */
final class LogJson {
  private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final int KEEP = 64 * 1024;
  private static final ThreadLocal<LogJson> LOCAL = ThreadLocal.withInitial(LogJson::new);
  private byte[] buf = new byte[512];
  private int len;
  // the last second written by dt(): "2026-11-26T03:00:00" is formatted once per second per thread
  private long cachedSecond = Long.MIN_VALUE;
  private final byte[] cachedPrefix = new byte[32];
  private int cachedPrefixLen;

  private boolean busy;
  private char[] chars = new char[256];

  /**
   * This thread's writer, emptied; a fresh one when this thread's is in use (a field's {@code toString()} that logs
   * builds a line while its own line is being built). Hand it back with {@link #release()}.
   */
  static LogJson acquire() {
    LogJson j = LOCAL.get();
    if (j.busy) return new LogJson();
    if (j.buf.length > KEEP) j.buf = new byte[512];
    if (j.chars.length > KEEP) j.chars = new char[256];
    j.len = 0;
    j.busy = true;
    return j;
  }

  void release() {
    busy = false;
  }

  int length() {
    return len;
  }

  /** The bytes written so far are {@code [0, length())} of this array (valid until the next write). */
  byte[] bytes() {
    return buf;
  }

  /** Empties this writer, giving back a buffer that grew past {@code keep} bytes. */
  void clear(int keep) {
    if (buf.length > keep) buf = new byte[512];
    if (chars.length > KEEP) chars = new char[256];
    len = 0;
  }

  byte[] toBytes() {
    return Arrays.copyOf(buf, len);
  }

  private void ensure(int more) {
    if (len + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
  }

  LogJson raw(char ascii) {
    ensure(1);
    buf[len++] = (byte) ascii;
    return this;
  }

  LogJson raw(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, len, bytes.length);
    len += bytes.length;
    return this;
  }

  LogJson raw(String ascii) {
    int n = ascii.length();
    ensure(n);
    for (int i = 0; i < n; i++) buf[len++] = (byte) ascii.charAt(i);
    return this;
  }

  /** {@code Instant.ofEpochSecond(sec, nano).toString()} as a JSON string (RFC 3339, UTC, fraction by 3 digits). */
  LogJson dt(long sec, int nano) {
    if (sec != cachedSecond) {
      String p = LocalDateTime.ofEpochSecond(sec, 0, ZoneOffset.UTC).toString();
      if (p.length() == 16) p = p + ":00"; // LocalDateTime drops ":00" seconds
      if (p.length() > cachedPrefix.length) return string(Instant.ofEpochSecond(sec, nano).toString());
      for (int i = 0; i < p.length(); i++) cachedPrefix[i] = (byte) p.charAt(i);
      cachedPrefixLen = p.length();
      cachedSecond = sec;
    }
    ensure(cachedPrefixLen + 14);
    buf[len++] = '"';
    System.arraycopy(cachedPrefix, 0, buf, len, cachedPrefixLen);
    len += cachedPrefixLen;
    if (nano != 0) {
      buf[len++] = '.';
      int digits = nano % 1_000_000 == 0 ? 3 : nano % 1000 == 0 ? 6 : 9;
      int v = digits == 3 ? nano / 1_000_000 : digits == 6 ? nano / 1000 : nano;
      for (int i = digits - 1; i >= 0; i--) {
        buf[len + i] = (byte) ('0' + v % 10);
        v /= 10;
      }
      len += digits;
    }
    buf[len++] = 'Z';
    buf[len++] = '"';
    return this;
  }

  LogJson string(String s) {
    raw('"');
    chars(s, 0, s.length());
    return raw('"');
  }

  /**
   * Chars {@code [from, to)} of {@code s} escaped for inside a JSON string; false when the range starts with a low
   * or ends with a high surrogate (written as {@code ?}: it might have paired with a neighbouring range's).
   */
  boolean chars(String s, int from, int to) {
    int n = to - from;
    ensure(n);
    if (chars.length < n) chars = new char[Math.max(n, 2 * chars.length)];
    char[] cs = chars;
    s.getChars(from, to, cs, 0); // one bulk copy, then a plain array loop (no per-char String checks)
    int i = 0;
    // ASCII that needs no escaping: one byte per char
    for (; i < n; i++) {
      char c = cs[i];
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') break;
      buf[len + i] = (byte) c;
    }
    len += i;
    boolean whole = true;
    for (; i < n; i++) {
      char c = cs[i];
      ensure(12);
      if (c >= 0x20 && c < 0x7f) {
        if (c == '"' || c == '\\') buf[len++] = '\\';
        buf[len++] = (byte) c;
      } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
        buf[len++] = '\\';
        switch (c) {
          case '\n' -> buf[len++] = 'n';
          case '\r' -> buf[len++] = 'r';
          case '\t' -> buf[len++] = 't';
          default -> {
            buf[len++] = 'u';
            buf[len++] = HEX[c >> 12 & 15];
            buf[len++] = HEX[c >> 8 & 15];
            buf[len++] = HEX[c >> 4 & 15];
            buf[len++] = HEX[c & 15];
          }
        }
      } else if (c == 0x7f) {
        buf[len++] = 0x7f;
      } else if (c < 0x800) {
        buf[len++] = (byte) (0xc0 | c >> 6);
        buf[len++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(cs[i + 1])) {
        int cp = Character.toCodePoint(c, cs[++i]);
        buf[len++] = (byte) (0xf0 | cp >> 18);
        buf[len++] = (byte) (0x80 | cp >> 12 & 0x3f);
        buf[len++] = (byte) (0x80 | cp >> 6 & 0x3f);
        buf[len++] = (byte) (0x80 | cp & 0x3f);
      } else if (Character.isSurrogate(c)) {
        whole &= !(i == 0 && Character.isLowSurrogate(c) || i == n - 1 && Character.isHighSurrogate(c));
        buf[len++] = '?';
      } else {
        buf[len++] = (byte) (0xe0 | c >> 12);
        buf[len++] = (byte) (0x80 | c >> 6 & 0x3f);
        buf[len++] = (byte) (0x80 | c & 0x3f);
      }
    }
    return whole;
  }

  /** {@code Long.toString(v)}, without the string. */
  LogJson digits(long v) {
    if (v == Long.MIN_VALUE) return raw("-9223372036854775808");
    ensure(20);
    if (v < 0) {
      buf[len++] = '-';
      v = -v;
    }
    int n = 1;
    for (long t = v; t >= 10; t /= 10) n++;
    for (int i = n - 1; i >= 0; i--) {
      buf[len + i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    len += n;
    return this;
  }

  /** Where the next byte goes; {@link #rewind} goes back to it. */
  int mark() {
    return len;
  }

  void rewind(int mark) {
    len = mark;
  }
}
