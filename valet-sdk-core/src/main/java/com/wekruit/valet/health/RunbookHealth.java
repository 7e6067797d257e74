package com.wekruit.valet.health;

import com.wekruit.valet.health.checks.HttpCheck;
import com.wekruit.valet.health.checks.PostgresCheck;
import com.wekruit.valet.health.checks.RedisCheck;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The runbook's health checks in a few lines: API {@code GET /api/v1/health}, web {@code GET /}, PostgreSQL,
 * Redis {@code PING}, workflow engine {@code GET :8888/health}; every 60 s, each with a 10 s deadline, all in the
 * {@code readiness} group; the {@code liveness} group is declared and holds no external dependency. Not thread-safe.
 *
 * <pre>{@code
 * HealthMonitor health = RunbookHealth.builder()
 *     .api("https://api.example.com").web("https://example.com")
 *     .postgres("jdbc:postgresql://db:5432/app", "health", System.getenv("PGPASSWORD"))
 *     .redis("redis", 6379, null).workflowEngine("http://workflows:8888")
 *     .build().start();
 * health.awaitFirstReport(Duration.ofSeconds(12)); // the first runs start at once
 * }</pre>
 */
public final class RunbookHealth {
  private final HealthMonitorBuilder monitor = HealthMonitor.builder().group("liveness")
      .interval(Duration.ofSeconds(60)).timeout(Duration.ofSeconds(10));
  /** Checks are added to the monitor at {@link #build()}, in declaration order, so the clock set last still applies. */
  private final List<Consumer<HealthMonitorBuilder>> checks = new ArrayList<>();
  private Clock clock = Clock.systemUTC();

  private RunbookHealth() {}

  public static RunbookHealth builder() {
    return new RunbookHealth();
  }

  /** The API at {@code baseUrl + /api/v1/health}, expecting 200. */
  public RunbookHealth api(String baseUrl) {
    return http("api", strip(baseUrl) + "/api/v1/health", false);
  }

  /** The web app at {@code baseUrl + /}, expecting 200. */
  public RunbookHealth web(String baseUrl) {
    return http("web", strip(baseUrl) + "/", false);
  }

  /** The workflow engine at {@code baseUrl + /health}, reading its JSON {@code status}. */
  public RunbookHealth workflowEngine(String baseUrl) {
    return http("workflow-engine", strip(baseUrl) + "/health", true);
  }

  public RunbookHealth postgres(String jdbcUrl, String user, String password) {
    PostgresCheck.Builder b = PostgresCheck.builder(jdbcUrl).capacity(80);
    if (user != null) b.user(user);
    if (password != null) b.password(password);
    return add("postgres", b.build());
  }

  public RunbookHealth redis(String host, int port, String password) {
    RedisCheck.Builder b = RedisCheck.builder(host, port).memoryLimit(80);
    if (password != null) b.password(password);
    return add("redis", b.build());
  }

  /** Another check, e.g. a TLS expiry check. */
  public RunbookHealth add(String name, HealthCheck check) {
    checks.add(m -> m.add(name, check, o -> o.groups("readiness")));
    return this;
  }

  /** Overrides the 60 s interval (and keeps the deadline below it). */
  public RunbookHealth interval(Duration interval, Duration timeout) {
    monitor.interval(interval).timeout(timeout);
    return this;
  }

  public RunbookHealth clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    monitor.clock(clock);
    return this;
  }

  public RunbookHealth onStatusChange(Consumer<HealthEvent> listener) {
    monitor.onStatusChange(listener);
    return this;
  }

  /** Builds the monitor; call {@link HealthMonitor#start()} to run it. */
  public HealthMonitor build() {
    checks.forEach(c -> c.accept(monitor));
    return monitor.build();
  }

  private RunbookHealth http(String name, String url, boolean json) {
    HttpCheck.get(url); // validates the URL now, naming the field
    checks.add(m -> {
      HttpCheck.Builder b = HttpCheck.get(url).clock(clock);
      if (json) b.jsonStatus();
      m.add(name, b.build(), o -> o.groups("readiness"));
    });
    return this;
  }

  private static String strip(String url) {
    Objects.requireNonNull(url, "url");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
