package com.wekruit.valet.spi;

import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.error.WaitTimeoutException;
import com.wekruit.valet.http.Sleeper;
import com.wekruit.valet.http.Ticker;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one waiter for long-running operations (Hetzner actions, Neon operations, Coolify deployments): polls a batch
 * of ids with growing intervals until each is final, keeps polling through retryable errors until the deadline,
 * fails fast on a failed operation, gives each poll only the time left, and on timeout names what still runs. Also
 * "wait for the running operations, then repeat the call" for locked resources. Thread-safe.
 */
public final class OperationWaiter {
  private static final Duration LOCK_RECHECK = Duration.ofSeconds(1);

  /** What the waiter needs to know about one provider's operations. */
  public interface Operations<K, S> {
    /** The current state of each id within {@code timeLeft}; an id missing from the answer is a protocol error. */
    Map<K, S> fetch(Collection<K> ids, Duration timeLeft);

    /** The same without blocking; by default runs {@link #fetch} on the common pool. */
    default CompletableFuture<Map<K, S>> fetchAsync(Collection<K> ids, Duration timeLeft) {
      return CompletableFuture.supplyAsync(() -> fetch(ids, timeLeft));
    }

    /** Whether the state is final (success or failure). */
    boolean finished(S state);

    /** The exception for a failed final state, or {@code null} when it succeeded. */
    RuntimeException failure(S state);

    /** A short description for timeout messages, e.g. {@code action 42 (create_server, 40 %)}. */
    String describe(K id, S state);
  }

  final Ticker ticker;
  final Sleeper sleeper;
  final Duration initialInterval;
  final Duration maxInterval;
  final Supplier<Duration> pacing;

  /** @param pacing an extra minimum delay between polls, e.g. from the provider's remaining rate-limit budget */
  public OperationWaiter(Ticker ticker, Sleeper sleeper, Duration initialInterval, Duration maxInterval,
      Supplier<Duration> pacing) {
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.initialInterval = Objects.requireNonNull(initialInterval, "initialInterval");
    this.maxInterval = Objects.requireNonNull(maxInterval, "maxInterval");
    this.pacing = Objects.requireNonNull(pacing, "pacing");
  }

  /**
   * The waiter of a provider client: polls start {@code first} apart, grow 1.5x up to {@code max}, and are spaced
   * further while the transport's rate-limit budget runs low ({@link com.wekruit.valet.http.RateLimit#pacing}).
   */
  public static OperationWaiter paced(HttpTransport http, Duration first, Duration max) {
    requireIntervals(first, max);
    return new OperationWaiter(http.ticker(), http.sleeper(), first, max, () -> {
      com.wekruit.valet.http.RateLimit r = http.rateLimit();
      return r == null ? Duration.ZERO : r.pacing(http.clock().instant());
    });
  }

  /** Checks a builder's poll intervals: {@code 0 < first <= max}. */
  public static void requireIntervals(Duration first, Duration max) {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("pollInterval: need 0 < first <= max, was " + first + ", " + max);
    }
  }

  /** Polls until every id is final; returns the final states. {@code initial} states are used before the first poll. */
  public <K, S> Map<K, S> awaitAll(String what, Map<K, S> initial, Operations<K, S> ops, Duration timeout) {
    return drive(new PollState<>(this, what, initial, ops, timeout, true));
  }

  /** Like {@link #awaitAll} but a failed operation is just finished, not thrown (for operations not ours). */
  public <K, S> Map<K, S> awaitSettled(String what, Map<K, S> initial, Operations<K, S> ops, Duration timeout) {
    return drive(new PollState<>(this, what, initial, ops, timeout, false));
  }

  /** {@link #awaitAll} without holding a thread: polls are scheduled on the sleeper and fetched async. */
  public <K, S> CompletableFuture<Map<K, S>> awaitAllAsync(String what, Map<K, S> initial, Operations<K, S> ops,
      Duration timeout) {
    CompletableFuture<Map<K, S>> out = new CompletableFuture<>();
    try {
      new PollState<>(this, what, initial, ops, timeout, true).driveAsync(out);
    } catch (RuntimeException e) {
      out.completeExceptionally(e);
    }
    return out;
  }

  private <K, S> Map<K, S> drive(PollState<K, S> state) {
    Duration wait;
    while ((wait = state.nextWait()) != null) {
      sleeper.sleepOrThrow(wait, "waiting for " + state.what, 1);
      state.poll();
    }
    return state.states();
  }

  /**
   * Runs {@code call}; while it fails with a lock ({@code isLocked}), waits for the operations that hold it
   * ({@code awaitHolders} gets the time left and returns whether anything was running) and repeats, up to
   * {@code timeout}. A failure of a holder is not this call's failure.
   */
  public <T> T repeatWhenLocked(String what, Duration timeout, Supplier<T> call, Predicate<ValetException> isLocked,
      java.util.function.Function<Duration, Boolean> awaitHolders) {
    long deadline = ticker.nanos() + timeout.toNanos();
    while (true) {
      try {
        return call.get();
      } catch (ValetException e) {
        if (!isLocked.test(e)) throw e;
        long left = deadline - ticker.nanos();
        if (left <= 0) throw new WaitTimeoutException(what + " to be unlocked", timeout, java.util.List.of(what));
        if (!awaitHolders.apply(Duration.ofNanos(left))) {
          Duration pause = Duration.ofNanos(Math.min(left, LOCK_RECHECK.toNanos()));
          sleeper.sleepOrThrow(pause, "waiting for " + what + " to be unlocked", 1);
        }
      }
    }
  }
}
