package com.wekruit.valet.betterstack.logs;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link BetterStackLogs#send} does when the queue is full: drop the new line at once, or wait up to a bound for
 * room and then drop it. Either way every dropped line is counted ({@link LogStats#droppedOverflow()}); the caller
 * never waits on the network, only (boundedly) for queue room. Immutable.
 */
public final class Overflow {
  private final Duration maxWait;

  private Overflow(Duration maxWait) {
    this.maxWait = maxWait;
  }

  /** Drop the new line and count it (the default): logging never slows the application. */
  public static Overflow drop() {
    return new Overflow(Duration.ZERO);
  }

  /** Wait up to {@code maxWait} for room, then drop and count. */
  public static Overflow block(Duration maxWait) {
    if (Objects.requireNonNull(maxWait, "maxWait").isNegative()) throw new IllegalArgumentException("maxWait < 0");
    return new Overflow(maxWait);
  }

  Duration maxWait() {
    return maxWait;
  }

  @Override
  public String toString() {
    return maxWait.isZero() ? "Overflow[drop]" : "Overflow[block " + maxWait.toMillis() + " ms, then drop]";
  }
}
