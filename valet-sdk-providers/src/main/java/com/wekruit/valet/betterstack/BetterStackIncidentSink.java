package com.wekruit.valet.betterstack;

import com.wekruit.valet.alert.Alert;
import com.wekruit.valet.alert.AlertSink;
import com.wekruit.valet.alert.Notification;
import com.wekruit.valet.alert.Severity;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An alert sink that opens a Better Stack incident per firing alert (named {@code valet: <alertname>}; CRITICAL
 * alerts as critical alerts) and resolves it when the alert resolves. Before creating, it looks for an open incident
 * of that name, so a retried delivery or a new leader never opens a second one. Thread-safe.
 */
public final class BetterStackIncidentSink implements AlertSink {
  private static final String PREFIX = "valet: ";
  private final BetterStackClient client;
  private final String requesterEmail;
  private final Map<String, String> open = new ConcurrentHashMap<>();

  /** {@code requesterEmail} is the incident's requester and the name it is resolved by. */
  public BetterStackIncidentSink(BetterStackClient client, String requesterEmail) {
    this.client = Objects.requireNonNull(client, "client");
    this.requesterEmail = Objects.requireNonNull(requesterEmail, "requesterEmail");
  }

  @Override
  public String name() {
    return "betterstack-incidents";
  }

  @Override
  public void send(Notification n) {
    for (Alert a : n.firing()) {
      if (find(a.name()).isPresent()) continue;
      String summary = a.rule().summary().isEmpty() ? a.name() + " is firing" : a.rule().summary();
      Incident created = client.incidents().create(IncidentRequest.builder(requesterEmail, summary)
          .name(PREFIX + a.name()).description(describe(a)).criticalAlert(a.rule().severity() == Severity.CRITICAL)
          .build());
      open.put(a.name(), created.id());
    }
    for (Alert a : n.resolved()) {
      Optional<String> id = find(a.name());
      if (id.isEmpty()) continue;
      client.incidents().resolve(id.get(), requesterEmail);
      open.remove(a.name());
    }
  }

  private Optional<String> find(String alert) {
    String known = open.get(alert);
    if (known != null) return Optional.of(known);
    for (Incident i : client.incidents().list(IncidentQuery.open())) {
      if ((PREFIX + alert).equals(i.attributes().name()) && i.attributes().resolvedAt() == null) {
        open.put(alert, i.id());
        return Optional.of(i.id());
      }
    }
    return Optional.empty();
  }

  private static String describe(Alert a) {
    return a.rule().severity() + " on " + (a.rule().target().isEmpty() ? "-" : a.rule().target())
        + (Double.isNaN(a.value()) ? "" : ", value " + a.value())
        + (a.rule().runbook().isEmpty() ? "" : ", runbook " + a.rule().runbook());
  }

  @Override
  public String toString() {
    return "BetterStackIncidentSink[" + open.size() + " open]";
  }
}
