package com.wekruit.valet.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs health checks concurrently, each on its own interval with jitter and under its own deadline, counted from when
 * the check starts. {@link #report()} returns the latest snapshot at once: it never runs or waits on a check. A result
 * older than twice its interval (on the monitor's {@link Ticker}) is reported DOWN/STALE.
 *
 * <pre>{@code
 * HealthMonitor health = HealthMonitor.builder()
 *     .add("api", HttpCheck.get("https://api.example.com/api/v1/health").build(), o -> o.groups("readiness"))
 *     .add("redis", RedisCheck.builder("127.0.0.1", 6379).build(), o -> o.critical(false).groups("readiness"))
 *     .group("liveness")
 *     .build();
 * health.start().awaitFirstReport(Duration.ofSeconds(15));
 * }</pre>
 *
 * <p>Workers: {@code poolSize} serve checks that make progress; a worker inside one check for more than 1 ms is
 * replaced while work waits, up to {@code maxThreads}; {@link #runNow()} gives every run whose last result was a
 * timeout a worker of its own at once (within {@code maxThreads}), since it is expected to hold it for its whole
 * deadline; a worker whose check ignores its deadline and the interrupt is written off and counted ({@link #stats()}).
 * A run that cannot start in time is UNKNOWN/SATURATED, never a failure of its target. Thread-safe. Listeners run on
 * worker threads and must be fast.
 */
public final class HealthMonitor implements AutoCloseable {
  private static final AtomicInteger MONITORS = new AtomicInteger();
  private static final long CLOSE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);
  private final Slot[] slots;
  private final Recorder recorder;
  private final Reports reports;
  final Workers workers;
  private final long longestTimeoutNanos;
  private final Dispatcher dispatcher;
  private final String name;
  private volatile Thread scheduler;
  private volatile boolean closed;

  HealthMonitor(HealthMonitorBuilder b) {
    this.recorder = new Recorder(b.clock, b.ticker, b.checks.size());
    this.recorder.listeners.addAll(b.listeners);
    this.slots = b.slots(recorder);
    this.reports = new Reports(slots, recorder, b.groups);
    this.name = "valet-health-" + MONITORS.incrementAndGet();
    this.workers = new Workers(b.poolSize(), b.maxThreads(), name);
    long longest = 0;
    for (Slot s : slots) longest = Math.max(longest, s.timeoutNanos);
    this.longestTimeoutNanos = longest;
    this.dispatcher = new Dispatcher(slots, workers, b.random, b.jitter, recorder.ticker.read());
  }

  public static HealthMonitorBuilder builder() {
    return new HealthMonitorBuilder();
  }

  /** Starts the internal scheduler; every check runs at once, then on its interval. Idempotent. */
  public synchronized HealthMonitor start() {
    ensureOpen();
    if (scheduler == null) {
      Thread t = new Thread(this::schedule, name + "-scheduler");
      t.setDaemon(true);
      scheduler = t;
      t.start();
    }
    return this;
  }

  /**
   * Waits until every check has a first result (a timeout counts), at most {@code timeout}, and returns the report:
   * call it after {@link #start()} so that a readiness endpoint does not answer 503 while the first runs are in flight.
   */
  public HealthReport awaitFirstReport(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (recorder.firstResults) {
      for (long left; recorder.withoutResult.get() > 0 && (left = end - System.nanoTime()) > 0; ) {
        TimeUnit.NANOSECONDS.timedWait(recorder.firstResults, left);
      }
    }
    return report();
  }

  /**
   * Starts the checks that are due on the monitor's ticker (a check still in flight skips its turn), and times out
   * overdue runs; never blocks on a check. For hosts with their own scheduler instead of {@link #start()}.
   */
  public void runDue() {
    dispatcher.dispatchDue(recorder.ticker.read());
    Watchdog.patrol(slots, recorder, workers, System.nanoTime());
  }

  /**
   * Runs every check now (those not already in flight) and waits until each has a result: its own, TIMEOUT at its
   * deadline (counted from its start), or SATURATED when it could not start within its deadline. Whatever the checks
   * do, it returns within twice the longest deadline, and within about one deadline while workers can grow. Never
   * throws for a check. For tests, CLIs and benchmarks; services read {@link #report()}.
   */
  public HealthReport runNow() throws InterruptedException {
    ensureOpen();
    long start = System.nanoTime();
    long end = start + 2 * longestTimeoutNanos;
    Batch batch = new Batch(slots, recorder, Thread.currentThread());
    for (Slot s : slots) {
      if (!s.claim(start)) continue;
      s.firstInBatch = s.state.reason() == Reason.TIMEOUT;
      if (s.firstInBatch) batch.hanging++;
      s.batch = batch;
      batch.claimed++;
    }
    batch.start(workers);
    for (long now = start; now - end < 0; now = System.nanoTime()) {
      if (settled()) break; // timed-out runs whose check still runs count as settled
      long wait = Math.min(Watchdog.patrol(slots, recorder, workers, now), Workers.STALL_NANOS);
      batch.grow(workers, now);
      if (settled()) break;
      LockSupport.parkNanos(this, Math.max(1, Math.min(wait, end - now)));
      if (Thread.interrupted()) throw new InterruptedException();
    }
    Watchdog.patrol(slots, recorder, workers, System.nanoTime());
    return report();
  }

  /** The latest report over all checks. Constant time and allocation-free while nothing changed. */
  public HealthReport report() {
    return reports.all();
  }

  /** The latest report over the checks of one group; an unknown group is an {@link IllegalArgumentException}. */
  public HealthReport report(String group) {
    return reports.group(group);
  }

  /** The groups this monitor knows: those of its checks and those declared with {@link HealthMonitorBuilder#group}. */
  public Set<String> groups() {
    return reports.groups;
  }

  /** Number of check runs claimed and not finished (queued, running, or timed out but not returned). */
  public int running() {
    int n = 0;
    for (Slot s : slots) if (s.busy()) n++;
    return n;
  }

  public HealthStats stats() {
    return new HealthStats(workers.threads(), workers.busy(), workers.abandoned.sum(), recorder.saturated.sum(),
        recorder.timeouts.sum());
  }

  /** Subscribes to status or reason changes of any check. */
  public void onStatusChange(Consumer<HealthEvent> listener) {
    recorder.listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Stops scheduling, cancels runs in flight (closing each check aborts its I/O and releases its sockets), and waits up
   * to a second for workers to leave their checks; nothing is recorded afterwards. Idempotent.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) return;
      closed = true;
    }
    recorder.closed = true;
    dispatcher.closed = true;
    workers.close();
    Thread t = scheduler;
    if (t != null) LockSupport.unpark(t);
    for (Slot s : slots) {
      if (s.flight.get() instanceof Deadline run) run.worker.interrupt();
      try {
        s.check.close();
      } catch (RuntimeException e) {
        // closing anyway
      }
    }
    long end = System.nanoTime() + CLOSE_WAIT_NANOS;
    List<Thread> threads = new ArrayList<>(workers.liveThreads());
    if (t != null) threads.add(t);
    for (Thread w : threads) join(w, end);
  }

  private static void join(Thread t, long endNanos) {
    try {
      long left = endNanos - System.nanoTime();
      if (left > 0) t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether every slot has an answer for now: idle, timed out, or queued and already reported SATURATED. */
  private boolean settled() {
    for (Slot s : slots) {
      Object f = s.flight.get();
      if (f == null || f == Slot.EXPIRED) continue;
      if (f != Slot.QUEUED || s.saturatedClaim != s.queuedAtNanos) return false;
    }
    return true;
  }

  private void schedule() {
    while (!closed) {
      long wait = dispatcher.dispatchDue(recorder.ticker.read());
      wait = Math.min(wait, Watchdog.patrol(slots, recorder, workers, System.nanoTime()));
      LockSupport.parkNanos(this, Math.max(10_000, Math.min(wait, TimeUnit.SECONDS.toNanos(1))));
    }
  }

  private void ensureOpen() {
    if (closed) throw new IllegalStateException("health monitor is closed");
  }
}
