package com.wekruit.valet.http;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void badValues_areRejectedNamingTheField() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxAttempts(0))
        .getMessage().contains("maxAttempts"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().jitter(1.0))
        .getMessage().contains("jitter"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().initialBackoff(Duration.ZERO))
        .getMessage().contains("initialBackoff"));
    assertThrows(IllegalStateException.class, () -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(10))
        .maxBackoff(Duration.ofSeconds(1)).build());
  }

  @Test
  void rateLimitPacing_spreadsTheRemainingBudget() {
    Instant now = Instant.parse("2026-11-26T03:00:00Z");
    RateLimit plenty = new RateLimit(3600, 3000, now.plusSeconds(600).getEpochSecond(), now.toEpochMilli());
    assertEquals(Duration.ZERO, plenty.pacing(now));
    RateLimit low = new RateLimit(3600, 100, now.plusSeconds(1000).getEpochSecond(), now.toEpochMilli());
    assertEquals(Duration.ofSeconds(10), low.pacing(now));
    RateLimit empty = new RateLimit(3600, 0, now.plusSeconds(3600).getEpochSecond(), now.toEpochMilli());
    assertEquals(Duration.ofSeconds(1), empty.untilNextToken(now));
  }
}
