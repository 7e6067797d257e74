package com.wekruit.valet.http;

import static com.wekruit.valet.internal.Durations.requirePositive;

import java.time.Duration;

/**
 * When a provider client stops sending for a while after outages (5xx, I/O failures, timeouts; never 4xx): the
 * circuit opens when at least {@code failureRatePercent} of the last {@code windowSize} calls failed, once
 * {@code minimumCalls} were made, stays open for {@code openFor}, then lets {@code probeCalls} through to test it.
 *
 * <p>Immutable and thread-safe.
 */
public record BreakerPolicy(int windowSize, int minimumCalls, int failureRatePercent, Duration openFor,
    int probeCalls, boolean enabled) {

  public BreakerPolicy {
    if (windowSize < 1 || minimumCalls < 1 || probeCalls < 1) {
      throw new IllegalArgumentException("windowSize, minimumCalls and probeCalls must be >= 1");
    }
    if (failureRatePercent < 1 || failureRatePercent > 100) {
      throw new IllegalArgumentException("failureRatePercent must be in 1..100, was " + failureRatePercent);
    }
    requirePositive("openFor", openFor);
  }

  /** Tuned for low traffic: 10-call window, opens at 50 % of at least 5 calls, 30 s open, 2 probe calls. */
  public static BreakerPolicy defaults() {
    return new BreakerPolicy(10, 5, 50, Duration.ofSeconds(30), 2, true);
  }

  /** Never opens. */
  public static BreakerPolicy disabled() {
    return new BreakerPolicy(10, 5, 50, Duration.ofSeconds(30), 2, false);
  }
}
