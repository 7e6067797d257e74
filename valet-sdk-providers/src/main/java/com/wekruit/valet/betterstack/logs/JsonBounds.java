package com.wekruit.valet.betterstack.logs;

import java.util.UUID;

/**
 * Upper bounds of what {@link LogJson} writes, computed without writing: a line encoded later (on a shipper thread)
 * reserves its bound in the sender's memory accounting, so the bound is never exceeded. Per character the bound is
 * exact except for a lone surrogate (counted 2, written as one {@code ?}), so any text made by joining pieces of
 * other texts is bounded by the sum of their bounds. Stateless.
 */
final class JsonBounds {
  /** A {@code dt} string, quotes included ({@code "+1000000000-12-31T23:59:59.999999999Z"} and room to spare). */
  static final int DT = 40;

  private JsonBounds() {}

  /**
   * {@link #string} for a text that recurs line after line (a level, pattern, field name, logger or thread name),
   * remembered by identity in a small table, so a recurring text is scanned once, not on every line.
   */
  static long recurring(String s) {
    int n = s.length();
    if (n < 8 || n > 512) return string(s);
    int slot = System.identityHashCode(s) & (KNOWN.length - 1);
    Known k = KNOWN[slot];
    if (k != null && k.text == s) return k.bound;
    long b = string(s);
    KNOWN[slot] = new Known(s, b);
    return b;
  }

  private static final Known[] KNOWN = new Known[1024]; // racy by design: entries are immutable

  private record Known(String text, long bound) {}

  /** At most the bytes {@link LogJson#string} writes for {@code s}, quotes included. */
  static long string(String s) {
    int n = s.length();
    long b = n + 2L;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        if (c == '"' || c == '\\') b++;
      } else {
        b += extra(c);
      }
    }
    return b;
  }

  private static int extra(char c) {
    if (c < 0x20) return 5; // at most \u001f
    if (c == 0x7f) return 0;
    if (c < 0x800) return 1;
    if (c == 0x2028 || c == 0x2029) return 5;
    return Character.isSurrogate(c) ? 1 : 2; // a pair is 4 bytes, a lone one '?'
  }

  /**
   * At most the bytes of {@code String.valueOf(v)} written inside a JSON string (no quotes), for values whose text
   * can never change and whose {@code toString()} has no side effects; -1 for anything else.
   */
  static long text(Object v) {
    if (v == null) return 4;
    if (v instanceof String s) return string(s) - 2;
    if (v instanceof Integer) return 11;
    if (v instanceof Long) return 20;
    if (v instanceof Boolean) return 5;
    if (v instanceof Double || v instanceof Float) return 24;
    if (v instanceof Short) return 6;
    if (v instanceof Byte) return 4;
    if (v instanceof Character) return 6;
    if (v instanceof UUID) return 36;
    return -1;
  }

  /** At most the bytes {@link JsonValues#write} writes for a value {@link #text} accepts, quotes included. */
  static long value(Object v) {
    long t = text(v);
    return t < 0 ? -1 : t + 2;
  }

  /** The bound of a map's entries ({@code key, value, ...}) with string keys and such values, or -1. */
  static long map(Object[] entries) {
    long b = 2;
    for (int i = 0; i < entries.length; i += 2) {
      long v = value(entries[i + 1]);
      if (!(entries[i] instanceof String k) || v < 0) return -1;
      b += string(k) + v + 2;
    }
    return b;
  }
}
