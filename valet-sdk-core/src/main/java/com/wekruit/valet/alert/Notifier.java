package com.wekruit.valet.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns alert states into notifications with Alertmanager's timing and dedup: group wait, group interval, repeat
 * interval, and a per-group-and-sink log entry compared before each send (a new or changed firing set, a new
 * resolution, or an elapsed repeat interval). Inhibited and silenced alerts are left out. Not thread-safe; called
 * from the tick.
 */
final class Notifier {
  private final AlertEvaluator evaluator;
  private final NotificationPolicy policy;
  private final List<NotificationGroup> groups = new ArrayList<>();
  private final Map<String, List<SinkDelivery>> sinks;
  private final Silences silences;
  private final NotificationLog log;
  private final Consumer<DeliveryEvent> events;
  /**
   * Ticker time of this notifier's own last logged send per log key: the repeat interval is timed on the ticker for
   * what this replica sent (a wall-clock step neither stalls nor hurries repeats); the log's wall time only for
   * what an earlier leader sent.
   */
  private final Map<String, Long> sentAtTick = new HashMap<>();

  Notifier(AlertEvaluator evaluator, NotificationPolicy policy, Map<String, List<SinkDelivery>> sinks,
      Silences silences, NotificationLog log, Consumer<DeliveryEvent> events) {
    this.evaluator = evaluator;
    this.policy = policy;
    this.sinks = sinks;
    this.silences = silences;
    this.log = log;
    this.events = events;
    Map<String, List<RuleRuntime>> byKey = new LinkedHashMap<>();
    for (RuleRuntime rt : evaluator.runtimes) byKey.computeIfAbsent(groupKey(rt.rule), k -> new ArrayList<>()).add(rt);
    byKey.forEach((k, members) -> groups.add(new NotificationGroup(k, members.get(0).rule.channel(), members)));
  }

  private String groupKey(Rule rule) {
    StringBuilder b = new StringBuilder(rule.channel()).append('{');
    Map<String, String> labels = rule.labels();
    for (String l : policy.groupBy()) b.append(l).append('=').append(labels.get(l)).append(';');
    return b.append('}').toString();
  }

  /** Flushes the groups that are due; {@code beforeSend} throws when this replica may no longer send. */
  void tick(long now, Runnable beforeSend) {
    for (NotificationGroup g : groups) {
      if (!g.scheduled) {
        if (!g.wantsFlush()) continue;
        g.scheduled = true;
        g.nextFlush = now + policy.groupWait().toNanos();
      }
      if (now - g.nextFlush < 0) continue;
      boolean stillFiring = flush(g, now, beforeSend);
      if (stillFiring) g.nextFlush = now + policy.groupInterval().toNanos();
      else g.scheduled = false;
    }
  }

  /** Returns whether the group still has firing members (it keeps its flush timer). */
  private boolean flush(NotificationGroup g, long tick, Runnable beforeSend) {
    Instant now = evaluator.clock.instant();
    List<Alert> firing = new ArrayList<>();
    List<Alert> resolved = new ArrayList<>();
    boolean active = false;
    for (RuleRuntime rt : g.members) {
      active |= rt.state.active();
      if (silences.mutes(rt.rule, now)) continue;
      if (rt.state.active() && !rt.muted) firing.add(Alert.of(rt));
      else if (rt.resolvedUnsent) resolved.add(Alert.of(rt));
    }
    boolean allDelivered = true;
    if (!firing.isEmpty() || !resolved.isEmpty()) {
      Notification n = new Notification(g.key, g.channel, firing, policy.sendResolved() ? resolved : List.of(), now);
      Set<String> firingNames = names(firing);
      Set<String> resolvedNames = names(resolved);
      for (SinkDelivery d : sinks.getOrDefault(g.channel, List.of())) {
        String key = g.key + "/" + d.sink.name();
        NotificationLog.Entry entry = log.last(key).orElse(null);
        if (!needsUpdate(entry, sentAtTick.get(key), firingNames, resolvedNames, now, tick)) continue;
        beforeSend.run();
        NotificationLog.Entry sent = new NotificationLog.Entry(firingNames, resolvedNames, now);
        if ((n.firing().isEmpty() && n.resolved().isEmpty()) || d.deliver(n, events)) {
          log.record(key, sent);
          sentAtTick.put(key, tick);
        } else {
          allDelivered = false;
        }
      }
    }
    if (allDelivered) {
      for (Alert a : resolved) evaluator.runtimeOf(a.name()).resolvedUnsent = false;
    }
    return active || !allDelivered;
  }

  private boolean needsUpdate(NotificationLog.Entry entry, Long ownTick, Set<String> firing, Set<String> resolved,
      Instant now, long tick) {
    if (entry == null) return !firing.isEmpty();
    if (!entry.firing().containsAll(firing)) return true;
    if (firing.isEmpty()) return !entry.firing().isEmpty();
    if (policy.sendResolved() && !entry.resolved().containsAll(resolved)) return true;
    if (ownTick != null) return tick - ownTick >= policy.repeatInterval().toNanos();
    return !entry.sentAt().plus(policy.repeatInterval()).isAfter(now);
  }

  private static Set<String> names(List<Alert> alerts) {
    Set<String> out = new LinkedHashSet<>();
    for (Alert a : alerts) out.add(a.name());
    return out;
  }
}
