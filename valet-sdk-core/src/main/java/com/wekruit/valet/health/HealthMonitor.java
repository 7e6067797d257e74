package com.wekruit.valet.health;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs health checks concurrently, each on its own interval with jitter and under its own deadline, on a bounded pool.
 * {@link #report()} returns the latest snapshot at once: it never runs or waits on a check. A result older than twice
 * its interval is reported DOWN/STALE.
 *
 * <pre>{@code
 * HealthMonitor health = HealthMonitor.builder()
 *     .add("api", HttpCheck.get("https://api.example.com/api/v1/health").build())
 *     .add("redis", RedisCheck.builder("127.0.0.1", 6379).build(), o -> o.critical(false))
 *     .build();
 * health.start();
 * HealthReport r = health.report();
 * }</pre>
 *
 * <p>Thread-safe. Listeners run on check threads and must be fast and must not throw.
 */
public final class HealthMonitor implements AutoCloseable {
  private final Slot[] slots;
  private final Recorder recorder;
  private final Clock clock;
  private final ExecutorService pool;
  private final int poolSize;
  private final double jitter;
  private final Random random;
  private final long startedAtMillis;
  private final Map<String, HealthReport> groupReports = new ConcurrentHashMap<>();
  private volatile HealthReport all;
  private volatile ScheduledExecutorService scheduler;

  private HealthMonitor(Builder b, Slot[] slots) {
    this.slots = slots;
    this.clock = b.clock;
    this.recorder = new Recorder(b.clock);
    this.recorder.listeners.addAll(b.listeners);
    this.poolSize = b.poolSize > 0 ? b.poolSize : Math.max(1, Math.min(slots.length, 8));
    this.jitter = b.jitter;
    this.random = b.random;
    this.startedAtMillis = clock.millis();
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor tpe = new ThreadPoolExecutor(poolSize, poolSize, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> daemon(r, "valet-health-" + n.incrementAndGet()));
    tpe.allowCoreThreadTimeOut(true);
    this.pool = tpe;
    for (Slot s : slots) s.nextDueMillis = startedAtMillis + (long) (random.nextDouble() * jitter * s.intervalMillis);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts the internal scheduler. Hosts with their own scheduler may call {@link #runDue()} instead. */
  public synchronized HealthMonitor start() {
    if (scheduler == null) {
      ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "valet-health-scheduler"));
      s.setRemoveOnCancelPolicy(true);
      scheduler = s;
      s.schedule(this::tick, 0, TimeUnit.MILLISECONDS);
    }
    return this;
  }

  /** Starts the checks that are due on the monitor's clock and times out overdue runs; never blocks on a check. */
  public void runDue() {
    recorder.expireOverdue(slots);
    long now = clock.millis();
    for (Slot s : slots) {
      if (now < s.nextDueMillis || !Recorder.begin(s, System.nanoTime())) continue;
      s.nextDueMillis = now + s.intervalMillis + (long) ((random.nextDouble() * 2 - 1) * jitter * s.intervalMillis);
      pool.execute(() -> recorder.execute(s, System.nanoTime()));
    }
  }

  /**
   * Runs every check now (those not already in flight) and waits for them, at most until the longest deadline; runs
   * still going then are recorded as TIMEOUT. For tests, CLIs and benchmarks; services read {@link #report()}.
   */
  public HealthReport runNow() throws InterruptedException {
    List<Slot> claimed = new ArrayList<>(slots.length);
    long now = System.nanoTime();
    long end = now;
    boolean inFlight = false;
    for (Slot s : slots) {
      if (Recorder.begin(s, now)) claimed.add(s);
      else inFlight = true;
      end = Math.max(end, s.deadlineNanos);
    }
    boolean finished = new Sweep(claimed, recorder, pool, poolSize).runAndAwait(end);
    if (inFlight) finished = recorder.awaitRecorded(slots, end) && finished;
    if (!finished) recorder.expireOverdue(slots);
    return report();
  }

  /** The latest report over all checks. Constant time and allocation-free while nothing changed. */
  public HealthReport report() {
    HealthReport r = all;
    long now = clock.millis();
    return fresh(r, now) ? r : (all = build(null, now));
  }

  /** The latest report over the checks of one group (UP when the group is empty). */
  public HealthReport report(String group) {
    HealthReport r = groupReports.get(group);
    long now = clock.millis();
    if (fresh(r, now)) return r;
    r = build(group, now);
    groupReports.put(group, r);
    return r;
  }

  /** Number of check runs in flight right now. */
  public int running() {
    int n = 0;
    for (Slot s : slots) if (s.running.get()) n++;
    return n;
  }

  /** Subscribes to status changes of any check. */
  public void onStatusChange(Consumer<HealthEvent> listener) {
    recorder.listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Stops scheduling, interrupts running checks and closes them. */
  @Override
  public synchronized void close() {
    if (scheduler != null) scheduler.shutdownNow();
    pool.shutdownNow();
    for (Slot s : slots) s.check.close();
  }

  /** A cached report is fresh while no result changed and none of its checks went stale. */
  private boolean fresh(HealthReport r, long now) {
    return r != null && r.version == recorder.version.sum() && now < r.staleAtMillis;
  }

  private HealthReport build(String group, long now) {
    long version = recorder.version.sum();
    List<CheckState> states = new ArrayList<>(slots.length);
    HealthStatus status = HealthStatus.UP;
    long staleAt = Long.MAX_VALUE;
    for (Slot s : slots) {
      if (group != null && !s.groups.contains(group)) continue;
      CheckState c = s.state;
      long expires = (c.checkedAtMillis() == 0 ? startedAtMillis : c.checkedAtMillis()) + s.staleAfterMillis;
      if (now >= expires) c = c.stale();
      else staleAt = Math.min(staleAt, expires);
      states.add(c);
      status = status.worst(c.contribution());
    }
    return new HealthReport(status, List.copyOf(states), now, version, staleAt);
  }

  private void tick() {
    ScheduledExecutorService s = scheduler;
    if (s == null || s.isShutdown()) return;
    try {
      runDue();
    } finally {
      long now = clock.millis();
      long wake = Long.MAX_VALUE;
      long nowNanos = System.nanoTime();
      for (Slot slot : slots) {
        wake = Math.min(wake, slot.nextDueMillis - now);
        if (slot.running.get()) wake = Math.min(wake, TimeUnit.NANOSECONDS.toMillis(slot.deadlineNanos - nowNanos) + 1);
      }
      if (!s.isShutdown()) s.schedule(this::tick, Math.max(1, Math.min(wake, 1000)), TimeUnit.MILLISECONDS);
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Collects checks and defaults; validates everything in {@link #build()}. */
  public static final class Builder {
    private record Pending(HealthCheck check, Consumer<CheckOptions> options) {}

    private final Map<String, Pending> checks = new LinkedHashMap<>();
    private final List<Consumer<HealthEvent>> listeners = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Duration interval = Duration.ofSeconds(60);
    private Duration timeout = Duration.ofSeconds(10);
    private double jitter = 0.1;
    private int poolSize;
    private Random random = new Random();

    private Builder() {}

    public Builder add(String name, HealthCheck check) {
      return add(name, check, o -> {});
    }

    public Builder add(String name, HealthCheck check, Consumer<CheckOptions> options) {
      if (name == null || name.isBlank()) throw new IllegalArgumentException("name: a check needs a name");
      Objects.requireNonNull(check, "check");
      if (checks.containsKey(name)) throw new IllegalArgumentException("name: duplicate check '" + name + "'");
      checks.put(name, new Pending(check, Objects.requireNonNull(options, "options")));
      return this;
    }

    /** Default interval for checks that do not set one (60 s). */
    public Builder interval(Duration interval) {
      this.interval = Objects.requireNonNull(interval, "interval");
      return this;
    }

    /** Default deadline for checks that do not set one (10 s). */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** Spread of each interval, as a fraction in [0, 0.5] (default 0.1). */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 0.5)) throw new IllegalArgumentException("jitter must be in [0, 0.5]: " + jitter);
      this.jitter = jitter;
      return this;
    }

    /** Worker threads; default min(checks, 8). Runs that hang hold a worker until their deadline. */
    public Builder poolSize(int poolSize) {
      if (poolSize < 1) throw new IllegalArgumentException("poolSize must be >= 1: " + poolSize);
      this.poolSize = poolSize;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The random source for jitter (seed it for reproducible schedules). */
    public Builder random(Random random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    public Builder onStatusChange(Consumer<HealthEvent> listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    public HealthMonitor build() {
      List<Slot> slots = new ArrayList<>();
      for (Map.Entry<String, Pending> e : checks.entrySet()) {
        CheckOptions o = new CheckOptions(interval, timeout);
        e.getValue().options().accept(o);
        String n = e.getKey();
        if (o.interval.isNegative() || o.interval.isZero()) {
          throw new IllegalArgumentException("interval of check '" + n + "' must be positive: " + o.interval);
        }
        if (o.timeout.isNegative() || o.timeout.isZero()) {
          throw new IllegalArgumentException("timeout of check '" + n + "' must be positive: " + o.timeout);
        }
        if (o.timeout.compareTo(o.interval) >= 0) {
          throw new IllegalArgumentException("timeout of check '" + n + "' (" + o.timeout
              + ") must be shorter than its interval (" + o.interval + ")");
        }
        slots.add(new Slot(n, e.getValue().check(), o.interval.toMillis(), o.timeout.toNanos(), o.critical,
            o.groups));
      }
      return new HealthMonitor(this, slots.toArray(new Slot[0]));
    }
  }
}
