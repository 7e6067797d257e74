package com.wekruit.valet.internal;

import java.time.Duration;
import java.util.Objects;

/** Validation of configured durations, naming the field. Not API. */
public final class Durations {
  private Durations() {}

  /** Returns {@code d}, or throws naming {@code field} when it is null, zero or negative. */
  public static Duration requirePositive(String field, Duration d) {
    Objects.requireNonNull(d, field);
    if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(field + " must be positive, was " + d);
    return d;
  }
}
