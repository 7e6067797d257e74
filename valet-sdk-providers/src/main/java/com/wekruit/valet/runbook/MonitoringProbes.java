package com.wekruit.valet.runbook;

import com.wekruit.valet.betterstack.BetterStackClient;
import com.wekruit.valet.betterstack.Monitor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Better Stack item: an active monitor for each of API, web and database. */
final class MonitoringProbes {
  private MonitoringProbes() {}

  /** @param targets what each monitor must watch, e.g. {@code api -> https://api.example.com/api/v1/health} */
  static Finding monitors(BetterStackClient bs, Map<String, String> targets) {
    List<Monitor> all = bs.monitors().list().stream().toList();
    Map<String, String> found = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> t : targets.entrySet()) {
      Monitor m = all.stream().filter(x -> x.url() != null && x.url().contains(t.getValue())
          && !x.attributes().paused()).findFirst().orElse(null);
      if (m == null) missing.add(t.getKey() + " (" + t.getValue() + ")");
      else found.put(t.getKey(), m.id() + " every " + m.attributes().checkFrequency() + " s");
    }
    String seen = all.size() + " monitor(s); " + (found.isEmpty() ? "none matches" : "watched: " + found);
    return missing.isEmpty() ? Finding.pass(seen) : Finding.fail(seen + "; no active monitor for " + missing);
  }
}
