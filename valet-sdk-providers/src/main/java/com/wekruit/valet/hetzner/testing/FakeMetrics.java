package com.wekruit.valet.hetzner.testing;

import com.wekruit.valet.hetzner.testing.FakeHetznerState.Reply;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code GET /servers/{id}/metrics}: smooth made-up series for cpu, disk and network, at most 1000 samples each. */
final class FakeMetrics {
  private static final Map<String, List<String>> SERIES = Map.of(
      "cpu", List.of("cpu"),
      "disk", List.of("disk.0.iops.read", "disk.0.iops.write", "disk.0.bandwidth.read", "disk.0.bandwidth.write"),
      "network", List.of("network.0.pps.in", "network.0.pps.out", "network.0.bandwidth.in",
          "network.0.bandwidth.out"));
  private final FakeHetznerState state;

  FakeMetrics(FakeHetznerState state) {
    this.state = state;
  }

  Reply get(FakeRequest req) {
    if (!state.servers.containsKey(req.id())) return Reply.notFound("server", req.id());
    List<String> types = req.all("type");
    if (types.isEmpty() || !SERIES.keySet().containsAll(types)) {
      return Reply.invalid("type must be cpu, disk or network");
    }
    Instant start = instant(req.first("start"));
    Instant end = instant(req.first("end"));
    if (start == null || end == null || !end.isAfter(start)) return Reply.invalid("start and end: end after start");
    long span = end.getEpochSecond() - start.getEpochSecond();
    long step;
    try {
      step = req.first("step") == null ? Math.max(1, span / 100) : Math.max(1, Long.parseLong(req.first("step")));
    } catch (NumberFormatException e) {
      return Reply.invalid("step must be a number of seconds");
    }
    step = Math.max(step, (span + 999) / 1000);
    List<String> series = new ArrayList<>();
    for (String type : SERIES.keySet().stream().sorted().toList()) {
      if (!types.contains(type)) continue;
      for (String name : SERIES.get(type)) {
        series.add("\"" + name + "\":{\"values\":[" + values(name, start, end, step) + "]}");
      }
    }
    return Reply.ok("{\"metrics\":{\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"step\":" + step
        + ",\"time_series\":{" + String.join(",", series) + "}}}");
  }

  private static String values(String name, Instant start, Instant end, long step) {
    double scale = name.equals("cpu") ? 40 : name.contains("bandwidth") ? 250_000 : 120;
    List<String> out = new ArrayList<>();
    for (long t = start.getEpochSecond(); t <= end.getEpochSecond(); t += step) {
      double v = scale * (1.2 + Math.sin(t / 900.0 + name.length()));
      out.add("[" + t + ",\"" + String.format(Locale.ROOT, "%.2f", v) + "\"]");
    }
    return String.join(",", out);
  }

  private static Instant instant(String s) {
    try {
      return s == null ? null : OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
