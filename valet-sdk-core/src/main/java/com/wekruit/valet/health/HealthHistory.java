package com.wekruit.valet.health;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The last status transitions of each check, newest first, for a status page or an operator's tool. Bounded: keeps
 * {@code perCheck} transitions per check and forgets older ones. Fed by a monitor's {@link HealthEvent}s; thread-safe
 * (listeners run on the monitor's workers).
 *
 * <pre>{@code
 * HealthHistory history = HealthHistory.attach(health, 10);
 * history.of("api").forEach(t -> log.info("{} {} -> {}", t.at(), t.from(), t.to()));
 * }</pre>
 */
public final class HealthHistory implements Consumer<HealthEvent> {
  /** Transitions kept per check by {@link #attach(HealthMonitor)}. */
  public static final int DEFAULT_PER_CHECK = 10;

  /**
   * One change of a check's status or reason.
   *
   * @param from {@code null} for a check's first result
   * @param at wall-clock time the transition was recorded, for display
   */
  public record Transition(String check, HealthStatus from, HealthStatus to, Reason reason, Instant at) {
    public Transition {
      Objects.requireNonNull(check, "check");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(at, "at");
    }
  }

  private final int perCheck;
  private final Clock clock;
  private final Map<String, ArrayDeque<Transition>> byCheck = new ConcurrentHashMap<>();

  private HealthHistory(int perCheck, Clock clock) {
    if (perCheck < 1) throw new IllegalArgumentException("perCheck must be >= 1: " + perCheck);
    this.perCheck = perCheck;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A history not yet fed by anything; pass it to {@link HealthMonitor#onStatusChange}. */
  public static HealthHistory create(int perCheck, Clock clock) {
    return new HealthHistory(perCheck, clock);
  }

  /** Subscribes a new history to {@code monitor}, keeping {@code perCheck} transitions per check (system clock). */
  public static HealthHistory attach(HealthMonitor monitor, int perCheck) {
    HealthHistory h = new HealthHistory(perCheck, Clock.systemUTC());
    monitor.onStatusChange(h);
    return h;
  }

  /** {@link #attach(HealthMonitor, int)} with {@value #DEFAULT_PER_CHECK} per check. */
  public static HealthHistory attach(HealthMonitor monitor) {
    return attach(monitor, DEFAULT_PER_CHECK);
  }

  @Override
  public void accept(HealthEvent e) {
    CheckState now = e.current();
    Transition t = new Transition(now.name(), e.previous() == null ? null : e.previous().status(), now.status(),
        now.reason(), clock.instant());
    // grows as transitions come, up to perCheck: a generous perCheck costs nothing until it is used
    ArrayDeque<Transition> q = byCheck.computeIfAbsent(now.name(), k -> new ArrayDeque<>(Math.min(perCheck, 16)));
    synchronized (q) {
      if (q.size() == perCheck) q.removeLast();
      q.addFirst(t);
    }
  }

  /** The kept transitions of {@code check}, newest first; empty for a check without any. */
  public List<Transition> of(String check) {
    ArrayDeque<Transition> q = byCheck.get(check);
    if (q == null) return List.of();
    synchronized (q) {
      return List.copyOf(q);
    }
  }

  public int perCheck() {
    return perCheck;
  }

  @Override
  public String toString() {
    return "HealthHistory[" + byCheck.size() + " checks, " + perCheck + " per check]";
  }
}
