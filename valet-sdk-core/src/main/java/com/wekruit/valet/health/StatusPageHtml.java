package com.wekruit.valet.health;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Renders {@link HealthStatusPage}: self-contained HTML, every text escaped. */
final class StatusPageHtml {
  private static final String STYLE = "body{font:15px/1.4 system-ui,sans-serif;margin:0;color:#1f2328;background:#f6f8fa}"
      + "header{padding:20px 24px;color:#fff}header h1{margin:0;font-size:22px}header p{margin:4px 0 0}"
      + "main{padding:16px 24px}table{border-collapse:collapse;width:100%;background:#fff}"
      + "th,td{text-align:left;padding:8px 10px;border-bottom:1px solid #d0d7de;vertical-align:top}"
      + ".badge{display:inline-block;min-width:80px;text-align:center;border-radius:4px;color:#fff;font-weight:600}"
      + ".s-UP{background:#1a7f37}.s-DEGRADED{background:#9a6700}.s-UNKNOWN{background:#57606a}"
      + ".s-DOWN{background:#cf222e}.crit{font-size:12px;color:#57606a;margin-left:6px}"
      + "ol{margin:0;padding-left:18px;font-size:13px}.muted{color:#57606a;font-size:13px}";

  private StatusPageHtml() {}

  static String render(HealthReport r, HealthHistory history, String title, long refreshSeconds, boolean details,
      Instant now) {
    StringBuilder b = new StringBuilder(2048 + r.checks().size() * 600);
    b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"refresh\" content=\"").append(refreshSeconds).append("\">")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .append("<link rel=\"icon\" href=\"data:,\"><title>")
        .append(r.status()).append(" · ");
    text(b, title).append("</title><style>").append(STYLE).append("</style></head><body>");
    b.append("<header id=\"aggregate\" class=\"s-").append(r.status()).append("\" data-status=\"").append(r.status())
        .append("\"><h1>");
    text(b, title).append("</h1><p>").append(summary(r)).append("</p><p class=\"generated\">Report of ")
        .append(r.generatedAt().truncatedTo(ChronoUnit.SECONDS)).append(", page refreshes every ")
        .append(refreshSeconds).append(" s</p></header><main><table><thead><tr><th>Check</th><th>Status</th>");
    if (details) b.append("<th>Reason</th><th>Latency</th>");
    b.append("<th>Last checked</th><th>Recent transitions</th></tr></thead><tbody>");
    for (CheckState c : r.checks()) row(b, c, history == null ? List.of() : history.of(c.name()), details, now);
    return b.append("</tbody></table></main></body></html>").toString();
  }

  private static String summary(HealthReport r) {
    int failing = 0;
    for (CheckState c : r.checks()) if (c.status() != HealthStatus.UP) failing++;
    return failing == 0 ? "All " + r.checks().size() + " checks UP"
        : failing + " of " + r.checks().size() + " checks not UP; overall " + r.status();
  }

  private static void row(StringBuilder b, CheckState c, List<HealthHistory.Transition> transitions, boolean details,
      Instant now) {
    b.append("<tr class=\"check\" data-check=\"");
    text(b, c.name()).append("\" data-status=\"").append(c.status()).append("\"><td>");
    text(b, c.name());
    if (c.critical()) b.append("<span class=\"crit\">critical</span>");
    b.append("</td><td><span class=\"badge s-").append(c.status()).append("\">").append(c.status())
        .append("</span></td>");
    if (details) {
      b.append("<td>").append(c.reason());
      if (c.message() != null) text(b.append("<div class=\"muted\">"), c.message()).append("</div>");
      for (Map.Entry<String, Object> e : c.details().entrySet()) {
        text(text(b.append("<div class=\"muted\">"), e.getKey()).append('='), String.valueOf(e.getValue()))
            .append("</div>");
      }
      b.append("</td><td>").append(String.format("%.1f ms", c.latencyNanos() / 1e6)).append("</td>");
    }
    b.append("<td>").append(c.checkedAt() == null ? "never" : ago(c.checkedAt(), now)).append("</td><td><ol>");
    for (HealthHistory.Transition t : transitions) {
      b.append("<li><span class=\"muted\">").append(t.at().truncatedTo(ChronoUnit.SECONDS)).append("</span> ")
          .append(t.from() == null ? "first result" : t.from().toString()).append(" → ").append(t.to());
      if (details) b.append(" (").append(t.reason()).append(')');
      b.append("</li>");
    }
    b.append("</ol></td></tr>");
  }

  private static String ago(Instant then, Instant now) {
    long s = Math.max(0, Duration.between(then, now).toSeconds());
    return s < 120 ? s + " s ago" : s < 7200 ? s / 60 + " min ago" : s / 3600 + " h ago";
  }

  private static StringBuilder text(StringBuilder b, String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b;
  }
}
