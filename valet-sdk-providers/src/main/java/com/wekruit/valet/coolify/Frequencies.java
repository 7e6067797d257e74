package com.wekruit.valet.coolify;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/** Checks for backup schedule values, before they reach Coolify's validator. */
final class Frequencies {
  private static final Set<String> NAMED = Set.of("every_minute", "hourly", "daily", "weekly", "monthly", "yearly");

  private Frequencies() {}

  /** A named frequency or a 5-field cron expression. */
  static String checked(String frequency) {
    String f = Objects.requireNonNull(frequency, "frequency").strip();
    if (NAMED.contains(f) || f.split("\\s+").length == 5) return f;
    throw new IllegalArgumentException("frequency must be " + NAMED + " or a 5-field cron expression, was '" + f + "'");
  }

  static int nonNegative(String field, int value) {
    if (value < 0) throw new IllegalArgumentException(field + " must not be negative, was " + value);
    return value;
  }

  /** Seconds within Coolify's 60..36000. */
  static int timeoutSeconds(Duration d) {
    long s = d.toSeconds();
    if (s < 60 || s > 36_000) throw new IllegalArgumentException("timeout must be 1 min to 10 h, was " + d);
    return (int) s;
  }
}
