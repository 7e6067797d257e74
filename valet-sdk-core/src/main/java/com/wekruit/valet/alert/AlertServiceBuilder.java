package com.wekruit.valet.alert;

import com.wekruit.valet.election.LeaderElection;
import com.wekruit.valet.http.Sleeper;
import com.wekruit.valet.internal.Durations;
import com.wekruit.valet.metrics.MetricSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** Builds an {@link AlertService}. Not thread-safe. */
public final class AlertServiceBuilder {
  final AlertEvaluator evaluator;
  final List<MetricSource> sources = new ArrayList<>();
  final Map<String, List<AlertSink>> sinks = new LinkedHashMap<>();
  NotificationPolicy policy = NotificationPolicy.defaults();
  NotificationLog log = NotificationLog.inMemory();
  Silences silences = new Silences();
  LeaderElection election;
  String jobName = "alerts";
  String logTable = "valet_alert_notifications";
  Duration interval = Duration.ofSeconds(60);
  Sleeper sleeper = Sleeper.SYSTEM;
  int attempts = 3;
  Duration backoff = Duration.ofSeconds(1);
  Consumer<DeliveryEvent> deliveryListener = e -> { };

  AlertServiceBuilder(AlertEvaluator evaluator) {
    this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
  }

  public AlertServiceBuilder source(MetricSource source) {
    sources.add(Objects.requireNonNull(source, "source"));
    return this;
  }

  /** Sends the notifications of rules with this channel to {@code sink}; sink names must be unique per channel. */
  public AlertServiceBuilder sink(String channel, AlertSink sink) {
    Objects.requireNonNull(sink, "sink");
    List<AlertSink> list = sinks.computeIfAbsent(Objects.requireNonNull(channel, "channel"), c -> new ArrayList<>());
    for (AlertSink s : list) {
      if (s.name().equals(sink.name())) throw new IllegalArgumentException("two sinks named " + s.name() + " in " + channel);
    }
    list.add(sink);
    return this;
  }

  public AlertServiceBuilder policy(NotificationPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /** The log for a single replica (default: in memory); ignored with {@link #election}. */
  public AlertServiceBuilder log(NotificationLog log) {
    this.log = Objects.requireNonNull(log, "log");
    return this;
  }

  /**
   * Only the replica holding {@code jobName}'s advisory lock evaluates and notifies; the notification log is a
   * table in that database ({@code valet_alert_notifications}), written on the lock's session.
   */
  public AlertServiceBuilder election(LeaderElection election, String jobName) {
    this.election = Objects.requireNonNull(election, "election");
    this.jobName = Objects.requireNonNull(jobName, "jobName");
    return this;
  }

  public AlertServiceBuilder logTable(String table) {
    this.logTable = Objects.requireNonNull(table, "table");
    return this;
  }

  /** Time between ticks of {@link AlertService#start()} (default 60 s, the health checks' interval). */
  public AlertServiceBuilder interval(Duration interval) {
    this.interval = Durations.requirePositive("interval", interval);
    return this;
  }

  public AlertServiceBuilder sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /** Attempts per notification and sink (default 3), the first retry after {@code backoff} (default 1 s), doubling. */
  public AlertServiceBuilder delivery(int attempts, Duration backoff) {
    if (attempts < 1 || attempts > 10) throw new IllegalArgumentException("attempts must be 1..10, was " + attempts);
    this.attempts = attempts;
    this.backoff = Durations.requirePositive("backoff", backoff);
    return this;
  }

  public AlertServiceBuilder onDelivery(Consumer<DeliveryEvent> listener) {
    this.deliveryListener = Objects.requireNonNull(listener, "listener");
    return this;
  }

  public AlertServiceBuilder silences(Silences silences) {
    this.silences = Objects.requireNonNull(silences, "silences");
    return this;
  }

  public AlertService build() {
    for (String channel : sinks.keySet()) Objects.requireNonNull(channel);
    return new AlertService(this);
  }
}
