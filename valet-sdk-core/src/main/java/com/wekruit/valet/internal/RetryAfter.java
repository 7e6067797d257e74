package com.wekruit.valet.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parses {@code Retry-After} (delta-seconds or HTTP-date) and rate-limit reset headers. Not API. */
public final class RetryAfter {
  private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;

  private RetryAfter() {}

  /** The wait a {@code Retry-After} value asks for, or {@code null} when absent or unparsable. */
  public static Duration parse(String value, Instant now) {
    if (value == null || value.isBlank()) return null;
    String v = value.trim();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(now, at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  /**
   * A rate-limit reset header as an instant: large values are UNIX timestamps (Hetzner), small ones seconds from now
   * (IETF draft).
   */
  public static Instant resetInstant(String value, Instant now) {
    long s = resetEpochSecond(value, now.toEpochMilli());
    return s < 0 ? null : Instant.ofEpochSecond(s);
  }

  /** The same as epoch seconds, or -1 when absent or unparsable; allocates nothing. */
  public static long resetEpochSecond(String value, long nowMillis) {
    if (value == null) return -1;
    try {
      long n = Long.parseLong(value.trim());
      if (n < 0) return -1;
      return n >= EPOCH_SECONDS_THRESHOLD ? n : nowMillis / 1000 + n;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
