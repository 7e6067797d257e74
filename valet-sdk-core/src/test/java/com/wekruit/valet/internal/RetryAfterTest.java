package com.wekruit.valet.internal;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private final Instant now = Instant.parse("2026-11-26T03:00:00Z");

  @Test
  void parsesSecondsAndHttpDates_andRejectsGarbage() {
    assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", now));
    assertEquals(Duration.ofSeconds(30), RetryAfter.parse("Thu, 26 Nov 2026 03:00:30 GMT", now));
    assertEquals(Duration.ZERO, RetryAfter.parse("Thu, 26 Nov 2026 02:00:00 GMT", now));
    assertNull(RetryAfter.parse("soon", now));
    assertNull(RetryAfter.parse("-5", now));
    assertNull(RetryAfter.parse(null, now));
  }

  @Test
  void resetIsEpochSecondsOrDelta_clampedToADay() {
    long nowMs = now.toEpochMilli();
    assertEquals(now.getEpochSecond() + 3600, RetryAfter.resetEpochSecond(String.valueOf(now.getEpochSecond() + 3600), nowMs));
    assertEquals(now.getEpochSecond() + 60, RetryAfter.resetEpochSecond("60", nowMs));
    assertEquals(now.getEpochSecond() + 86_400, RetryAfter.resetEpochSecond("99999999999999", nowMs));
    assertEquals(-1, RetryAfter.resetEpochSecond("9223372036854775807", nowMs));
    assertEquals(-1, RetryAfter.resetEpochSecond("x", nowMs));
    assertEquals(-1, RetryAfter.resetEpochSecond("-5", nowMs));
    assertEquals(-1, RetryAfter.resetEpochSecond("", nowMs));
  }

  @Test
  void hugeRetryAfter_isClampedNotOverflowed() {
    assertEquals(RetryAfter.MAX_WAIT, RetryAfter.parse("9223372036854775807", now));
    assertEquals(RetryAfter.MAX_WAIT, RetryAfter.parse("99999999999999999999999", now));
    assertEquals(RetryAfter.MAX_WAIT, RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", now));
    assertEquals(Duration.ZERO, RetryAfter.parse("0", now));
    assertNull(RetryAfter.parse("1e3", now));
    assertEquals(Duration.ofSeconds(5), RetryAfter.parse("000000005", now), "nine digits are still parsed");
    assertEquals(RetryAfter.MAX_WAIT, RetryAfter.parse("0000000005", now), "ten digits are too many");
    assertNull(RetryAfter.parse("   ", now));
    assertEquals(Duration.ofSeconds(7), RetryAfter.parse(" 7 ", now));
  }

  @Test
  void resetEdges_nullEighteenDigitsAndTheEpochThreshold() {
    long nowMs = now.toEpochMilli();
    assertEquals(-1, RetryAfter.resetEpochSecond(null, nowMs));
    assertEquals(now.getEpochSecond() + 60, RetryAfter.resetEpochSecond("000000000000000060", nowMs));
    assertEquals(-1, RetryAfter.resetEpochSecond("0000000000000000060", nowMs));
    assertEquals(1_000_000_000L, RetryAfter.resetEpochSecond("1000000000", nowMs), "an epoch second in the past");
    assertEquals(now.getEpochSecond() + 86_400, RetryAfter.resetEpochSecond("999999999", nowMs), "a delta, clamped");
    assertEquals(now.getEpochSecond() + 86_400, RetryAfter.resetEpochSecond("86400", nowMs));
  }

  @Test
  void redactorScrubsEverySecret() {
    Redactor r = new Redactor(java.util.List.of("s3cr3t-token", "ab"));
    assertEquals("token **** and **** again, ab kept", r.redact("token s3cr3t-token and s3cr3t-token again, ab kept"));
    assertEquals("url ****, b64 ****", r.redact("url s3cr3t-token, b64 czNjcjN0LXRva2Vu"));
  }

  @Test
  void clean_redactsBeforeCutting_andMakesTextPrintable() {
    Redactor r = new Redactor(java.util.List.of("s3cr3t-token"));
    assertEquals("ab****...(4 more chars)", r.clean("abs3cr3t-tokenwxyz", 6));
    assertEquals("a?b c?", r.clean("a\u0000b\nc\u00e9", 100));
    assertNull(r.clean(null, 5));
  }
}
