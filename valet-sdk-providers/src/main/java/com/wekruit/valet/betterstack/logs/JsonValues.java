package com.wekruit.valet.betterstack.logs;

import java.util.Map;

/**
 * Writes a field's value of any type: strings escaped, numbers and booleans as is, maps nested up to
 * {@value #MAX_DEPTH} levels; any other value as its {@code String.valueOf}, and a value whose {@code toString()} (or
 * map iteration) throws as {@code "<unprintable Class>"}: an application's object can neither break nor stall the
 * sender. Stateless.
 */
final class JsonValues {
  static final int MAX_DEPTH = 16;

  private JsonValues() {}

  /** Never throws for what an application hands over. */
  static void write(LogJson j, Object v) {
    write(j, v, 0);
  }

  private static void write(LogJson j, Object v, int depth) {
    int mark = j.mark();
    try {
      if (v == null) {
        j.raw("null");
      } else if (v instanceof String s) {
        j.string(s);
      } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
        j.digits(((Number) v).longValue());
      } else if (v instanceof Boolean || v instanceof Double d && Double.isFinite(d)
          || v instanceof Float f && Float.isFinite(f) || v instanceof java.math.BigDecimal
          || v instanceof java.math.BigInteger) {
        j.raw(v.toString());
      } else if (v instanceof Map<?, ?> m) {
        if (depth >= MAX_DEPTH) {
          j.string("<nested too deep>");
          return;
        }
        j.raw('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (!first) j.raw(',');
          first = false;
          j.string(String.valueOf(e.getKey())).raw(':');
          write(j, e.getValue(), depth + 1);
        }
        j.raw('}');
      } else {
        j.string(String.valueOf(v));
      }
    } catch (RuntimeException | StackOverflowError unprintable) {
      j.rewind(mark);
      j.string("<unprintable " + v.getClass().getName() + ">");
    }
  }
}
