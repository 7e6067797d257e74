package com.wekruit.valet.waiting;

import com.wekruit.valet.error.WaitTimeoutException;
import com.wekruit.valet.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Waits for long-running operations: polls a batch of ids with exponential backoff until each reaches a final state,
 * fails fast when one fails, and throws {@link WaitTimeoutException} naming what was still running when time is up.
 *
 * <p>Thread-safe.
 */
public final class Poller {

  /** What the poller needs to know about one provider's operations. */
  public interface Operations<K, S> {
    /** The current state of each id; ids missing from the result count as failures. */
    Map<K, S> fetch(Collection<K> ids);

    /** Whether the state is final (success or failure). */
    boolean finished(S state);

    /** The exception for a failed final state, or {@code null} when it succeeded. */
    RuntimeException failure(S state);

    /** A short description for timeout messages, e.g. {@code action 42 (create_server, 40 %)}. */
    String describe(K id, S state);
  }

  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration initialInterval;
  private final Duration maxInterval;
  private final Supplier<Duration> pacing;

  /**
   * @param pacing an extra minimum delay, e.g. derived from the provider's remaining rate-limit budget
   */
  public Poller(Clock clock, Sleeper sleeper, Duration initialInterval, Duration maxInterval, Supplier<Duration> pacing) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.initialInterval = Objects.requireNonNull(initialInterval, "initialInterval");
    this.maxInterval = Objects.requireNonNull(maxInterval, "maxInterval");
    this.pacing = Objects.requireNonNull(pacing, "pacing");
  }

  /**
   * Polls until every id is finished and returns the final states; {@code initial} states already known are used
   * before the first poll.
   */
  public <K, S> Map<K, S> awaitAll(String what, Map<K, S> initial, Operations<K, S> ops, Duration timeout) {
    if (timeout.isNegative()) throw new IllegalArgumentException("timeout must not be negative: " + timeout);
    Instant deadline = clock.instant().plus(timeout);
    Map<K, S> states = new LinkedHashMap<>(initial);
    Set<K> pending = new LinkedHashSet<>();
    absorb(states, pending, states.keySet(), ops);
    Duration interval = initialInterval;
    while (!pending.isEmpty()) {
      Instant now = clock.instant();
      if (!now.isBefore(deadline)) throw timeout(what, timeout, pending, states, ops);
      Duration wait = max(interval, pacing.get());
      Duration left = Duration.between(now, deadline);
      sleeper.sleepOrThrow(wait.compareTo(left) > 0 ? left : wait, "waiting for " + what, 1);
      Map<K, S> fresh = ops.fetch(List.copyOf(pending));
      for (K id : pending) {
        S s = fresh.get(id);
        if (s == null) throw new IllegalStateException(what + ": " + id + " was not returned by the API");
        states.put(id, s);
      }
      absorb(states, pending, new ArrayList<>(pending), ops);
      interval = min(Duration.ofNanos((long) (interval.toNanos() * 1.5)), maxInterval);
    }
    return states;
  }

  private static <K, S> void absorb(Map<K, S> states, Set<K> pending, Collection<K> ids, Operations<K, S> ops) {
    for (K id : ids) {
      S s = states.get(id);
      if (!ops.finished(s)) {
        pending.add(id);
        continue;
      }
      pending.remove(id);
      RuntimeException failure = ops.failure(s);
      if (failure != null) throw failure;
    }
  }

  private static <K, S> WaitTimeoutException timeout(String what, Duration timeout, Set<K> pending, Map<K, S> states,
      Operations<K, S> ops) {
    List<String> running = new ArrayList<>();
    for (K id : pending) running.add(ops.describe(id, states.get(id)));
    return new WaitTimeoutException(what, timeout, running);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
