package com.wekruit.valet.health;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/** Collects the checks and defaults of a {@link HealthMonitor}; validates everything in {@link #build()}. Not thread-safe. */
public final class HealthMonitorBuilder {
  private static final int DEFAULT_GROWTH = 100;
  private record Pending(HealthCheck check, Consumer<CheckOptions> options) {}

  final Map<String, Pending> checks = new LinkedHashMap<>();
  final List<Consumer<HealthEvent>> listeners = new ArrayList<>();
  final Set<String> groups = new LinkedHashSet<>();
  Clock clock = Clock.systemUTC();
  Ticker ticker = Ticker.system();
  double jitter = 0.1;
  Random random = new Random();
  private Duration interval = Duration.ofSeconds(60);
  private Duration timeout = Duration.ofSeconds(10);
  private int poolSize;
  private int maxThreads;

  HealthMonitorBuilder() {}

  public HealthMonitorBuilder add(String name, HealthCheck check) {
    return add(name, check, o -> {});
  }

  public HealthMonitorBuilder add(String name, HealthCheck check, Consumer<CheckOptions> options) {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("name: a check needs a name");
    Objects.requireNonNull(check, "check");
    if (checks.containsKey(name)) throw new IllegalArgumentException("name: duplicate check '" + name + "'");
    checks.put(name, new Pending(check, Objects.requireNonNull(options, "options")));
    return this;
  }

  /** Declares groups that may have no check yet (e.g. {@code liveness}); groups of added checks are known anyway. */
  public HealthMonitorBuilder group(String... names) {
    for (String g : names) groups.add(CheckOptions.requireGroupName(g));
    return this;
  }

  /** Default interval for checks that do not set one (60 s). */
  public HealthMonitorBuilder interval(Duration interval) {
    this.interval = Objects.requireNonNull(interval, "interval");
    return this;
  }

  /** Default deadline for checks that do not set one (10 s), counted from when a run starts. */
  public HealthMonitorBuilder timeout(Duration timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  /** Spread of each interval after the first run, as a fraction in [0, 0.5] (default 0.1). */
  public HealthMonitorBuilder jitter(double jitter) {
    if (!(jitter >= 0 && jitter <= 0.5)) throw new IllegalArgumentException("jitter must be in [0, 0.5]: " + jitter);
    this.jitter = jitter;
    return this;
  }

  /** Workers for checks that make progress; default min(checks, 8). */
  public HealthMonitorBuilder poolSize(int poolSize) {
    if (poolSize < 1) throw new IllegalArgumentException("poolSize must be >= 1: " + poolSize);
    this.poolSize = poolSize;
    return this;
  }

  /**
   * Most live workers, counting those that replace workers stuck in a check; default poolSize + 100 (at most one per
   * check). Beyond it runs wait, and those that cannot start within their deadline are UNKNOWN/SATURATED.
   */
  public HealthMonitorBuilder maxThreads(int maxThreads) {
    if (maxThreads < 1) throw new IllegalArgumentException("maxThreads must be >= 1: " + maxThreads);
    this.maxThreads = maxThreads;
    return this;
  }

  /** Wall clock, only for the {@code checkedAt} shown in reports. */
  public HealthMonitorBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** Monotonic time for schedules and staleness (default {@link Ticker#system()}). */
  public HealthMonitorBuilder ticker(Ticker ticker) {
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    return this;
  }

  /** The random source for jitter (seed it for reproducible schedules). */
  public HealthMonitorBuilder random(Random random) {
    this.random = Objects.requireNonNull(random, "random");
    return this;
  }

  public HealthMonitorBuilder onStatusChange(Consumer<HealthEvent> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  public HealthMonitor build() {
    if (maxThreads > 0 && maxThreads < poolSize()) {
      throw new IllegalArgumentException("maxThreads (" + maxThreads + ") must be >= poolSize (" + poolSize() + ")");
    }
    return new HealthMonitor(this);
  }

  int poolSize() {
    return poolSize > 0 ? poolSize : Math.max(1, Math.min(checks.size(), 8));
  }

  int maxThreads() {
    return maxThreads > 0 ? maxThreads : Math.max(poolSize(), Math.min(checks.size(), poolSize() + DEFAULT_GROWTH));
  }

  Slot[] slots(Recorder recorder) {
    List<Slot> slots = new ArrayList<>();
    for (Map.Entry<String, Pending> e : checks.entrySet()) {
      CheckOptions o = new CheckOptions(interval, timeout);
      e.getValue().options().accept(o);
      o.validate(e.getKey());
      slots.add(new Slot(e.getKey(), e.getValue().check(), o.interval.toNanos(), o.timeout.toNanos(), o.critical,
          o.groups, recorder));
    }
    return slots.toArray(new Slot[0]);
  }
}
