package com.wekruit.valet.betterstack.logs;

import java.util.Map;

/** Minimal JSON writing for log lines: strings escaped per RFC 8259, numbers and booleans as is, maps nested. */
final class LogJson {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private LogJson() {}

  static void value(StringBuilder b, Object v) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof Short
        || v instanceof Byte) {
      b.append(v);
    } else if (v instanceof Double d && Double.isFinite(d) || v instanceof Float f && Float.isFinite(f)
        || v instanceof java.math.BigDecimal || v instanceof java.math.BigInteger) {
      b.append(v);
    } else if (v instanceof Map<?, ?> m) {
      b.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) b.append(',');
        first = false;
        string(b, String.valueOf(e.getKey()));
        b.append(':');
        value(b, e.getValue());
      }
      b.append('}');
    } else {
      string(b, String.valueOf(v));
    }
  }

  static void string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
        switch (c) {
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          default -> b.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
              .append(HEX[c & 15]);
        }
      } else {
        b.append(c);
      }
    }
    b.append('"');
  }
}
