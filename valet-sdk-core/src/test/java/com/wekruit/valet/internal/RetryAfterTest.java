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
  void resetIsEpochSecondsOrDelta() {
    assertEquals(Instant.ofEpochSecond(1764126000L), RetryAfter.resetInstant("1764126000", now));
    assertEquals(now.plusSeconds(60), RetryAfter.resetInstant("60", now));
    assertNull(RetryAfter.resetInstant("x", now));
  }

  @Test
  void redactorScrubsEverySecret() {
    Redactor r = new Redactor(java.util.List.of("s3cr3t-token", "ab"));
    assertEquals("token **** and **** again, ab kept", r.redact("token s3cr3t-token and s3cr3t-token again, ab kept"));
  }
}
