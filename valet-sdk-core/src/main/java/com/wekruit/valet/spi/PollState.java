package com.wekruit.valet.spi;

import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.error.WaitTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** The state of one wait: what is still pending, the next interval, the deadline. Shared by both drivers. */
final class PollState<K, S> {
  private static final Duration LAST_POLL = Duration.ofSeconds(1);
  final String what;
  private final OperationWaiter w;
  private final OperationWaiter.Operations<K, S> ops;
  private final Duration timeout;
  private final long deadline;
  private final boolean failFast;
  private final Map<K, S> states;
  private final Set<K> pending = new LinkedHashSet<>();
  private Duration interval;

  PollState(OperationWaiter w, String what, Map<K, S> initial, OperationWaiter.Operations<K, S> ops, Duration timeout,
      boolean failFast) {
    if (timeout.isNegative()) throw new IllegalArgumentException("timeout must not be negative: " + timeout);
    this.w = w;
    this.what = what;
    this.ops = ops;
    this.timeout = timeout;
    this.failFast = failFast;
    this.deadline = w.ticker.nanos() + timeout.toNanos();
    this.states = new LinkedHashMap<>(initial);
    this.interval = w.initialInterval;
    absorb(new ArrayList<>(states.keySet()));
  }

  Map<K, S> states() {
    return states;
  }

  /** The wait before the next poll, {@code null} when all are final; throws when time is up. */
  Duration nextWait() {
    if (pending.isEmpty()) return null;
    long left = deadline - w.ticker.nanos();
    if (left <= 0) throw timedOut();
    Duration pace = w.pacing.get();
    Duration wait = pace != null && pace.compareTo(interval) > 0 ? pace : interval;
    interval = min(Duration.ofNanos((long) (interval.toNanos() * 1.5)), w.maxInterval);
    return wait.toNanos() > left ? Duration.ofNanos(left) : wait;
  }

  /** One poll; a retryable error is absorbed while time is left. */
  void poll() {
    Duration left = timeLeft();
    Map<K, S> fresh;
    try {
      fresh = ops.fetch(List.copyOf(pending), left);
    } catch (ValetException e) {
      if (!e.retryable()) throw e;
      return;
    } catch (RuntimeException e) {
      throw broken(e);
    }
    accept(fresh);
  }

  void driveAsync(CompletableFuture<Map<K, S>> out) {
    Duration wait;
    try {
      wait = nextWait();
    } catch (RuntimeException e) {
      out.completeExceptionally(e);
      return;
    }
    if (wait == null) {
      out.complete(states);
      return;
    }
    w.sleeper.schedule(wait, () -> {
      Duration left = timeLeft();
      if (out.isDone()) return;
      ops.fetchAsync(List.copyOf(pending), left).whenComplete((fresh, error) -> {
        Throwable cause = error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
        if (cause instanceof RuntimeException r && !(r instanceof ValetException)) cause = broken(r);
        if (cause != null && !(cause instanceof ValetException v && v.retryable())) {
          out.completeExceptionally(cause);
          return;
        }
        try {
          if (cause == null) accept(fresh);
        } catch (Throwable e) {
          out.completeExceptionally(e);
          return;
        }
        driveAsync(out);
      });
    });
  }

  /** Time for one poll: what is left, but at least {@link #LAST_POLL} so the poll at the deadline can run. */
  private Duration timeLeft() {
    long left = deadline - w.ticker.nanos();
    return Duration.ofNanos(Math.max(left, LAST_POLL.toNanos()));
  }

  /**
   * Takes a poll's answer. An answer that lacks a pending id is ignored (the next poll asks again, until the deadline
   * names it); a failed operation is thrown as its provider made it, retryable or not.
   */
  private void accept(Map<K, S> fresh) {
    for (K id : pending) {
      if (fresh == null || fresh.get(id) == null) return;
    }
    for (K id : pending) states.put(id, fresh.get(id));
    absorb(new ArrayList<>(pending));
  }

  private void absorb(List<K> ids) {
    for (K id : ids) {
      S s = states.get(id);
      boolean finished;
      RuntimeException failure;
      try {
        finished = ops.finished(s);
        failure = finished && failFast ? ops.failure(s) : null;
      } catch (RuntimeException e) {
        throw e instanceof ValetException ? e : broken(e);
      }
      if (!finished) {
        pending.add(id);
        continue;
      }
      pending.remove(id);
      if (failure != null) throw failure;
    }
  }

  /** A state the provider's callbacks could not read (a null action, a missing field): the API broke its contract. */
  private ValetClientException broken(RuntimeException e) {
    return new ValetClientException(ValetClientException.Kind.PROTOCOL, what + ": an operation's state could not be "
        + "read (" + e.getClass().getSimpleName() + ")", e, 1, false);
  }

  private WaitTimeoutException timedOut() {
    List<String> running = new ArrayList<>();
    for (K id : pending) running.add(ops.describe(id, states.get(id)));
    return new WaitTimeoutException(what, timeout, running);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
