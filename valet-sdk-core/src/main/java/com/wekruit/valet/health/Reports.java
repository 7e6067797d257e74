package com.wekruit.valet.health;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds and caches the reports of one monitor, over all checks and per group. A cached report is reused while no
 * result changed and none of its checks went stale on the ticker, so a read allocates nothing. Thread-safe.
 */
final class Reports {
  private static final long NEVER = Long.MAX_VALUE;
  private final Slot[] slots;
  private final Recorder recorder;
  private final long startTick;
  final Set<String> groups;
  private final Map<String, HealthReport> byGroup = new ConcurrentHashMap<>();
  private volatile HealthReport all;

  Reports(Slot[] slots, Recorder recorder, Set<String> declaredGroups) {
    this.slots = slots;
    this.recorder = recorder;
    this.startTick = recorder.ticker.read();
    Set<String> known = new TreeSet<>(declaredGroups);
    for (Slot s : slots) known.addAll(s.groups);
    this.groups = Collections.unmodifiableSet(known);
  }

  HealthReport all() {
    HealthReport r = all;
    long tick = recorder.ticker.read();
    return fresh(r, tick) ? r : (all = build(null, tick));
  }

  HealthReport group(String group) {
    HealthReport r = byGroup.get(requireKnown(group));
    long tick = recorder.ticker.read();
    if (fresh(r, tick)) return r;
    r = build(group, tick);
    byGroup.put(group, r);
    return r;
  }

  String requireKnown(String group) {
    if (group == null || !groups.contains(group)) {
      throw new IllegalArgumentException("group: unknown group '" + group + "'; known groups: " + groups);
    }
    return group;
  }

  private boolean fresh(HealthReport r, long tick) {
    return r != null && r.version == recorder.version.sum() && (r.staleAtTick == NEVER || tick - r.staleAtTick < 0);
  }

  private HealthReport build(String group, long tick) {
    long version = recorder.version.sum();
    CheckState[] states = new CheckState[slots.length];
    int n = 0;
    HealthStatus status = HealthStatus.UP;
    long staleAt = NEVER;
    for (Slot s : slots) {
      if (group != null && !s.groups.contains(group)) continue;
      CheckState c = s.state;
      long expires = (!c.ran() ? startTick : c.resultTick) + s.staleAfterNanos;
      if (tick - expires >= 0) {
        c = c.stale();
      } else if (staleAt == NEVER || expires - staleAt < 0) {
        staleAt = expires;
      }
      states[n++] = c;
      status = status.worst(c.contribution());
    }
    return new HealthReport(status, Collections.unmodifiableList(Arrays.asList(n == states.length ? states
        : Arrays.copyOf(states, n))), recorder.clock.millis(), version, staleAt);
  }
}
