package com.wekruit.valet.alert.sinks;

import com.wekruit.valet.alert.Alert;
import com.wekruit.valet.alert.Notification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON bodies for webhook sinks. */
final class Payloads {
  private Payloads() {}

  /** Alertmanager-webhook-like: {@code version, status, groupKey, channel, alerts[]}. */
  static Map<String, Object> json(Notification n) {
    List<Object> alerts = new ArrayList<>();
    for (Alert a : n.firing()) alerts.add(alert(a, "firing"));
    for (Alert a : n.resolved()) alerts.add(alert(a, "resolved"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("version", "1");
    body.put("status", n.status());
    body.put("groupKey", n.groupKey());
    body.put("channel", n.channel());
    body.put("sentAt", n.at().toString());
    body.put("alerts", alerts);
    return body;
  }

  private static Map<String, Object> alert(Alert a, String status) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", status);
    m.put("labels", a.rule().labels());
    m.put("summary", a.rule().summary());
    m.put("runbook", a.rule().runbook());
    double v = a.value();
    // JSON has no infinity: as Prometheus does, an infinite value travels as the string "+Inf" / "-Inf"
    if (Double.isInfinite(v)) m.put("value", v > 0 ? "+Inf" : "-Inf");
    else if (!Double.isNaN(v)) m.put("value", v);
    if (a.activeSince() != null) m.put("startsAt", a.activeSince().toString());
    if (a.resolvedAt() != null) m.put("endsAt", a.resolvedAt().toString());
    return m;
  }

  /** Slack's incoming-webhook shape: one {@code text} in mrkdwn. */
  static Map<String, Object> slack(Notification n) {
    StringBuilder text = new StringBuilder("*").append(n.title()).append("*");
    for (Alert a : n.firing()) line(text, ":red_circle:", a);
    for (Alert a : n.resolved()) line(text, ":white_check_mark:", a);
    return Map.of("text", text.toString());
  }

  private static void line(StringBuilder text, String icon, Alert a) {
    text.append('\n').append(icon).append(' ').append(a.name()).append(" (").append(a.rule().severity()).append(')');
    if (!a.rule().target().isEmpty()) text.append(" on ").append(a.rule().target());
    if (!Double.isNaN(a.value())) text.append(": ").append(a.value());
    if (!a.rule().summary().isEmpty()) text.append(" - ").append(a.rule().summary());
    if (!a.rule().runbook().isEmpty()) text.append(" <").append(a.rule().runbook()).append("|runbook>");
  }
}
