package com.wekruit.valet.spi;

import com.wekruit.valet.error.ServerErrorException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.http.BreakerPolicy;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;

/** Builds the resilience4j breaker from a {@link BreakerPolicy}: only outages (5xx, I/O, timeouts) count. */
final class Breakers {
  private Breakers() {}

  static CircuitBreaker of(String name, BreakerPolicy p, Clock clock) {
    if (!p.enabled()) return CircuitBreaker.of(name, CircuitBreakerConfig.custom().clock(clock)
        .recordException(t -> false).build());
    return CircuitBreaker.of(name, CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(p.windowSize())
        .minimumNumberOfCalls(p.minimumCalls())
        .failureRateThreshold(p.failureRatePercent())
        .waitDurationInOpenState(p.openFor())
        .permittedNumberOfCallsInHalfOpenState(p.probeCalls())
        .recordException(Breakers::isOutage)
        .clock(clock)
        .build());
  }

  static boolean isOutage(Throwable t) {
    return t instanceof ServerErrorException
        || (t instanceof ValetClientException c && (c.kind() == Kind.IO || c.kind() == Kind.TIMEOUT));
  }
}
