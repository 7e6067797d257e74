package com.wekruit.valet.health;

import java.util.Map;

/** Writes a report as JSON, Actuator-shaped: {@code {"status":"UP","checks":{"api":{"status":"UP"}}}}. */
final class ReportJson {
  private ReportJson() {}

  static String render(HealthReport r, boolean details) {
    StringBuilder b = new StringBuilder(64 + r.checks().size() * (details ? 200 : 32));
    b.append("{\"status\":\"").append(r.status()).append("\",\"checks\":{");
    boolean first = true;
    for (CheckState c : r.checks()) {
      if (!first) b.append(',');
      first = false;
      string(b, c.name());
      b.append(":{\"status\":\"").append(c.status()).append('"');
      if (details) details(b, c);
      b.append('}');
    }
    return b.append("}}").toString();
  }

  private static void details(StringBuilder b, CheckState c) {
    b.append(",\"reason\":\"").append(c.reason()).append('"');
    b.append(",\"critical\":").append(c.critical());
    b.append(",\"latencyMs\":").append(c.latencyNanos() / 1_000_000.0);
    if (c.checkedAt() != null) b.append(",\"checkedAt\":\"").append(c.checkedAt()).append('"');
    b.append(",\"consecutiveFailures\":").append(c.consecutiveFailures());
    b.append(",\"consecutiveSuccesses\":").append(c.consecutiveSuccesses());
    if (c.message() != null) {
      b.append(",\"message\":");
      string(b, c.message());
    }
    if (!c.details().isEmpty()) {
      b.append(",\"details\":{");
      boolean first = true;
      for (Map.Entry<String, Object> e : c.details().entrySet()) {
        if (!first) b.append(',');
        first = false;
        string(b, e.getKey());
        b.append(':');
        Object v = e.getValue();
        if (v instanceof Number || v instanceof Boolean) b.append(v);
        else string(b, String.valueOf(v));
      }
      b.append('}');
    }
  }

  private static void string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
          else b.append(ch);
        }
      }
    }
    b.append('"');
  }
}
