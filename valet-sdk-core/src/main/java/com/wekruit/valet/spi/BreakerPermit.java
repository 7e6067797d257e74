package com.wekruit.valet.spi;

import com.wekruit.valet.error.ValetException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.TimeUnit;

/** The breaker's permit for one attempt: recorded (outage or not) or released exactly once. */
final class BreakerPermit {
  private final CircuitBreaker breaker;
  private final long start = System.nanoTime();
  private boolean done;

  private BreakerPermit(CircuitBreaker breaker) {
    this.breaker = breaker;
  }

  /** A permit, or {@code null} when the breaker is open. */
  static BreakerPermit tryAcquire(CircuitBreaker breaker) {
    return breaker.tryAcquirePermission() ? new BreakerPermit(breaker) : null;
  }

  ValetException failed(ValetException e) {
    record(e);
    return e;
  }

  /** Records the attempt: an outage counts against the breaker, anything else (a 4xx included) as a success. */
  void record(ValetException failure) {
    if (done) return;
    done = true;
    long elapsed = System.nanoTime() - start;
    if (failure != null && Breakers.isOutage(failure)) breaker.onError(elapsed, TimeUnit.NANOSECONDS, failure);
    else breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
  }

  /** Gives the permit back unrecorded (nothing was learnt about the provider). */
  void release() {
    if (done) return;
    done = true;
    breaker.releasePermission();
  }
}
