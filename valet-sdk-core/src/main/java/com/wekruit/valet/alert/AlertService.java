package com.wekruit.valet.alert;

import com.wekruit.valet.election.LeaderElection;
import com.wekruit.valet.election.Leadership;
import com.wekruit.valet.election.LeadershipLostException;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.MetricSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects metrics, evaluates rules and sends notifications once per interval. With a {@link LeaderElection}, only
 * the replica holding the {@code jobName} lock collects, evaluates and notifies, and the notification log lives in
 * that database (written on the lock's session), so a new leader resumes without re-sending what was sent.
 *
 * <pre>{@code
 * AlertService alerts = AlertService.builder(evaluator)
 *     .source(health).sink("oncall", SlackWebhookSink.of(url)).election(election, "alerts").build().start();
 * }</pre>
 *
 * <p>Deliveries run on the ticking thread: a slow sink (attempts × its timeout, plus backoff) delays the next
 * collection, never overlaps it. Thread-safe: {@link #tick()} is serialised; {@link #start()} runs it on one daemon
 * thread.
 */
public final class AlertService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);
  private static final AtomicInteger SERVICES = new AtomicInteger();
  private final AlertEvaluator evaluator;
  private final List<MetricSource> sources;
  private final Map<String, List<SinkDelivery>> sinks;
  private final AlertServiceBuilder b;
  private final Silences silences;
  private final LeaderElection election;
  private Leadership leadership;
  private Notifier notifier;
  private volatile Thread thread;
  private volatile boolean closed;

  AlertService(AlertServiceBuilder b) {
    this.b = b;
    this.evaluator = b.evaluator;
    this.sources = List.copyOf(b.sources);
    this.silences = b.silences;
    this.election = b.election;
    Map<String, List<SinkDelivery>> s = new LinkedHashMap<>();
    b.sinks.forEach((channel, list) -> s.put(channel, list.stream()
        .map(sink -> new SinkDelivery(channel, sink, b.attempts, b.backoff, b.sleeper)).toList()));
    this.sinks = Map.copyOf(s);
    if (election == null) notifier = newNotifier(b.log);
  }

  public static AlertServiceBuilder builder(AlertEvaluator evaluator) {
    return new AlertServiceBuilder(evaluator);
  }

  private Notifier newNotifier(NotificationLog log) {
    return new Notifier(evaluator, b.policy, sinks, silences, log, b.deliveryListener);
  }

  /** One round: collect, evaluate, notify; only as leader when an election is configured. */
  public synchronized void tick() {
    if (closed) return;
    if (election != null && !lead()) return;
    long now = evaluator.ticker.nanos();
    for (MetricSource source : sources) collect(source, now);
    evaluator.evaluate();
    try {
      notifier.tick(evaluator.ticker.nanos(), leadership == null ? () -> { } : leadership::ensureHeld);
    } catch (LeadershipLostException e) {
      LOG.warn("alerts: leadership of {} lost; notifications stop on this replica", b.jobName);
      dropLeadership();
    } catch (ValetException e) {
      LOG.warn("alerts: notification round failed: {}", e.getMessage());
    }
  }

  private void collect(MetricSource source, long now) {
    try {
      source.collect(evaluator.samples, now);
    } catch (Exception e) {
      if (e instanceof InterruptedException) Thread.currentThread().interrupt();
      for (Metric m : source.metrics()) evaluator.samples.fail(m);
      LOG.debug("alerts: metric source {} failed: {}", source.getClass().getSimpleName(), e.getClass().getName());
    }
  }

  private boolean lead() {
    if (leadership != null && leadership.isHeld()) return true;
    dropLeadership();
    try {
      leadership = election.tryLead(b.jobName).orElse(null);
      if (leadership == null) return false;
      Leadership held = leadership;
      PostgresNotificationLog log = new PostgresNotificationLog(held::connection, b.logTable);
      log.createTable();
      evaluator.restart(); // what it knew from an earlier term is stale: the log says what was sent meanwhile
      notifier = newNotifier(log);
      LOG.info("alerts: this replica now evaluates and notifies ({})", b.jobName);
      return true;
    } catch (ValetException e) {
      LOG.warn("alerts: could not take or use leadership: {}", e.getMessage());
      dropLeadership();
      return false;
    }
  }

  private void dropLeadership() {
    if (leadership != null) leadership.close();
    leadership = null;
    notifier = null;
  }

  /** Whether this replica currently evaluates and notifies. */
  public synchronized boolean leading() {
    return election == null || (leadership != null && leadership.isHeld());
  }

  public Silences silences() {
    return silences;
  }

  public AlertEvaluator evaluator() {
    return evaluator;
  }

  /** Notifications given up on after every attempt, per sink name. */
  public Map<String, Long> deadLettered() {
    Map<String, Long> out = new LinkedHashMap<>();
    sinks.values().forEach(l -> l.forEach(d -> out.merge(d.sink.name(), d.deadLettered.sum(), Long::sum)));
    return out;
  }

  /** Notifications delivered, per sink name. */
  public Map<String, Long> delivered() {
    Map<String, Long> out = new LinkedHashMap<>();
    sinks.values().forEach(l -> l.forEach(d -> out.merge(d.sink.name(), d.delivered.sum(), Long::sum)));
    return out;
  }

  /** Ticks every interval on a daemon thread until {@link #close()}. Idempotent. */
  public synchronized AlertService start() {
    if (closed) throw new IllegalStateException("closed");
    if (thread == null) {
      Thread t = new Thread(this::loop, "valet-alerts-" + SERVICES.incrementAndGet());
      t.setDaemon(true);
      thread = t;
      t.start();
    }
    return this;
  }

  private void loop() {
    while (!closed) {
      try {
        tick();
        b.sleeper.sleep(b.interval);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.warn("alerts: tick failed: {}", e.getClass().getName());
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
      try {
        t.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (this) {
      dropLeadership();
    }
  }
}
