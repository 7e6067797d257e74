package com.wekruit.valet.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wekruit.valet.alert.AlertEvaluator;
import com.wekruit.valet.alert.AlertService;
import com.wekruit.valet.alert.NotificationPolicy;
import com.wekruit.valet.alert.Rule;
import com.wekruit.valet.alert.Severity;
import com.wekruit.valet.alert.sinks.JsonWebhookSink;
import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.health.checks.HttpCheck;
import com.wekruit.valet.http.Sleeper;
import com.wekruit.valet.http.Ticker;
import com.wekruit.valet.metrics.HealthMetrics;
import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.Samples;
import com.wekruit.valet.scaling.ScalingAdvisor;
import com.wekruit.valet.scaling.ScalingDecision;
import com.wekruit.valet.scaling.ScalingPolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 11 in one step: a local API whose health endpoint starts failing; the runbook's "API down" alert goes
 * pending, fires (the notification lands on a local webhook), and resolves once the API answers again. Then one
 * worker-scaling decision with its record. Alert time runs on a manual clock, so the 30 s group wait and the
 * minutes between checks pass at once; the health checks and HTTP calls are real.
 */
public final class AlertDemoStep {
  private AlertDemoStep() {}

  public static void main(String[] args) throws Exception {
    run(System.out);
  }

  /** Runs the step; returns a one-line summary. */
  public static String run(PrintStream out) throws Exception {
    AtomicInteger apiStatus = new AtomicInteger(200);
    List<String> received = new CopyOnWriteArrayList<>();
    HttpServer api = server(ex -> reply(ex, apiStatus.get()));
    HttpServer webhook = server(ex -> {
      received.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      reply(ex, 200);
    });
    ManualTime time = new ManualTime();
    try (HealthMonitor health = HealthMonitor.builder().add("api", HttpCheck.get(url(api, "/api/v1/health")).build())
        .build()) {
      Samples samples = new Samples();
      HealthMetrics healthMetrics = new HealthMetrics(health, samples, "api");
      AlertEvaluator evaluator = AlertEvaluator.builder(samples).clock(time).ticker(time)
          .rule(Rule.consecutiveFailures(healthMetrics.up("api"), 2).name("api_down").severity(Severity.CRITICAL)
              .target("api").summary("API health check failed twice in a row").build())
          .onEvent(e -> out.printf("alert: %s %s -> %s (value %s)%n", e.rule().name(), e.previous(), e.current(),
              e.value()))
          .build();
      try (AlertService alerts = AlertService.builder(evaluator).source(healthMetrics).sleeper(time)
          .policy(NotificationPolicy.defaults()).sink("default", JsonWebhookSink.of(url(webhook, "/hooks/alerts")))
          .build()) {
        check(health, alerts, time, Duration.ZERO);
        out.println("alert: API answers 200; inducing a failure (503)");
        apiStatus.set(503);
        check(health, alerts, time, Duration.ofMinutes(1));
        check(health, alerts, time, Duration.ofMinutes(1));
        time.advance(Duration.ofSeconds(30));
        alerts.tick();
        out.println("webhook received (firing): " + received.get(received.size() - 1));
        apiStatus.set(200);
        for (int i = 0; i < 5; i++) check(health, alerts, time, Duration.ofMinutes(1));
        out.println("webhook received (resolved): " + received.get(received.size() - 1));
        out.println("alert: notifications delivered " + alerts.delivered() + ", dead-lettered " + alerts.deadLettered());
      }
    } finally {
      api.stop(0);
      webhook.stop(0);
    }
    return "api_down pending, firing, resolved (" + received.size() + " webhook notifications); "
        + scalingDecision(out, time);
  }

  private static String scalingDecision(PrintStream out, ManualTime time) {
    Samples samples = new Samples();
    Metric queue = samples.metric("redis.queue.jobs.depth");
    ScalingAdvisor workers = new ScalingAdvisor(ScalingPolicy.perReplica("worker_queue", queue, 100).replicas(1, 8)
        .build(), samples, time, time, Duration.ofMinutes(2));
    samples.record(queue, 450, time.nanos());
    out.println("scaling: queue depth 450 with 1 worker");
    ScalingDecision decision = workers.decide(1);
    out.println(decision.record());
    return "scale workers 1 -> " + decision.desired() + " (" + decision.action() + ")";
  }

  private static void check(HealthMonitor health, AlertService alerts, ManualTime time, Duration step)
      throws InterruptedException {
    time.advance(step);
    health.runNow();
    alerts.tick();
  }

  private interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private static HttpServer server(Handler handler) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s.createContext("/", ex -> {
      try (ex) {
        handler.handle(ex);
      }
    });
    s.start();
    return s;
  }

  private static void reply(HttpExchange ex, int status) throws IOException {
    ex.sendResponseHeaders(status, -1);
  }

  private static String url(HttpServer s, String path) {
    return "http://127.0.0.1:" + s.getAddress().getPort() + path;
  }

  /** Demo time: a wall clock and a monotonic ticker that move only when told, and a sleeper that moves them. */
  private static final class ManualTime extends Clock implements Ticker, Sleeper {
    private volatile Instant now = Instant.now();
    private final long origin = System.nanoTime();

    synchronized void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public void sleep(Duration d) {
      advance(d);
    }

    @Override
    public long nanos() {
      return origin + Duration.between(Instant.EPOCH, now).toNanos();
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
