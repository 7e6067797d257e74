package com.wekruit.valet.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Parses {@code Retry-After} (delta-seconds or HTTP-date) and rate-limit reset headers. Absurd values are clamped to
 * {@link #MAX_WAIT} instead of overflowing; unparsable ones are ignored. Not API.
 */
public final class RetryAfter {
  /** The longest wait any header can ask for; more is treated as this. */
  public static final Duration MAX_WAIT = Duration.ofDays(1);
  private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;

  private RetryAfter() {}

  /** The wait a {@code Retry-After} value asks for, or {@code null} when absent or unparsable. */
  public static Duration parse(String value, Instant now) {
    if (value == null || value.isBlank()) return null;
    String v = value.trim();
    if (digits(v)) {
      return v.length() > 9 ? MAX_WAIT : clamp(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return d.isNegative() ? Duration.ZERO : clamp(d);
    } catch (DateTimeException notDate) {
      return null;
    }
  }

  /**
   * A rate-limit reset header as epoch seconds, or -1 when absent or unparsable: large values are UNIX timestamps
   * (Hetzner), small ones seconds from now (IETF draft). Never later than {@link #MAX_WAIT} from now.
   */
  public static long resetEpochSecond(String value, long nowMillis) {
    if (value == null) return -1;
    String v = value.trim();
    if (v.isEmpty() || v.length() > 18 || !digits(v)) return -1;
    long n = Long.parseLong(v);
    long nowSec = nowMillis / 1000;
    long at = n >= EPOCH_SECONDS_THRESHOLD ? n : nowSec + n;
    return Math.min(at, nowSec + MAX_WAIT.toSeconds());
  }

  private static Duration clamp(Duration d) {
    return d.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : d;
  }

  /** Whether {@code s} is only ASCII digits (no stream, no allocation). */
  public static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return false;
    }
    return true;
  }
}
