package com.wekruit.valet.http;

import static com.wekruit.valet.internal.Durations.requirePositive;

import java.time.Duration;
import java.util.Objects;

/**
 * Capped exponential backoff with jitter. A server's {@code Retry-After} or rate-limit reset lengthens the computed
 * delay but never shortens it (so {@code Retry-After: 0} cannot drive a retry storm); when a server-requested wait
 * exceeds {@link #maxServerWait()} the error is thrown instead of waiting. {@code maxServerWait} limits only waits the
 * server asked for, never the computed backoff.
 *
 * <p>Immutable and thread-safe.
 */
public final class RetryPolicy {
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double multiplier;
  private final double jitter;
  private final Duration maxServerWait;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.multiplier = b.multiplier;
    this.jitter = b.jitter;
    this.maxServerWait = b.maxServerWait;
  }

  /** 6 attempts, 1 s doubling to 60 s, 50 % jitter, server waits up to 2 min (hcloud-go's defaults plus Retry-After). */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** A single attempt; nothing is retried. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  public double multiplier() {
    return multiplier;
  }

  public double jitter() {
    return jitter;
  }

  public Duration maxServerWait() {
    return maxServerWait;
  }

  /** The computed delay before retry number {@code retry} (1 for the first retry), with jitter applied. */
  public Duration backoff(int retry) {
    double base = initialBackoff.toNanos() * Math.pow(multiplier, Math.max(0, retry - 1));
    double capped = Math.min(base, maxBackoff.toNanos());
    double spread = jitter == 0 ? 1 : 1 - jitter + 2 * jitter * java.util.concurrent.ThreadLocalRandom.current().nextDouble();
    return Duration.ofNanos((long) Math.min(capped * spread, maxBackoff.toNanos()));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts + ", backoff=" + initialBackoff + ".." + maxBackoff + " x"
        + multiplier + ", jitter=" + jitter + ", maxServerWait=" + maxServerWait + "]";
  }

  /** Validates each value as it is set. */
  public static final class Builder {
    private int maxAttempts = 6;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofSeconds(60);
    private double multiplier = 2.0;
    private double jitter = 0.5;
    private Duration maxServerWait = Duration.ofMinutes(2);

    private Builder() {}

    /** Total attempts including the first; at least 1. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
      this.maxAttempts = maxAttempts;
      return this;
    }

    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = requirePositive("initialBackoff", initialBackoff);
      return this;
    }

    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = requirePositive("maxBackoff", maxBackoff);
      return this;
    }

    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0)) throw new IllegalArgumentException("multiplier must be >= 1, was " + multiplier);
      this.multiplier = multiplier;
      return this;
    }

    /** Randomization factor in [0, 1): the delay is spread by this fraction either side. */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter < 1)) throw new IllegalArgumentException("jitter must be in [0, 1), was " + jitter);
      this.jitter = jitter;
      return this;
    }

    /** Longest server-requested wait ({@code Retry-After}, rate-limit reset) the SDK sleeps through. */
    public Builder maxServerWait(Duration maxServerWait) {
      Objects.requireNonNull(maxServerWait, "maxServerWait");
      if (maxServerWait.isNegative()) throw new IllegalArgumentException("maxServerWait must not be negative");
      this.maxServerWait = maxServerWait;
      return this;
    }

    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalStateException("maxBackoff " + maxBackoff + " < initialBackoff " + initialBackoff);
      }
      return new RetryPolicy(this);
    }
  }
}
