package com.wekruit.valet.http;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  private final Instant now = Instant.parse("2026-11-26T03:00:00Z");

  private RateLimit limit(int limit, int remaining, long resetInSeconds) {
    return new RateLimit(limit, remaining, now.getEpochSecond() + resetInSeconds, now.toEpochMilli());
  }

  @Test
  void resetAndObservedAt_areInstants_orNullWhenNotReported() {
    assertNull(new RateLimit(10, 5, -1, 0).reset());
    assertEquals(Instant.EPOCH, new RateLimit(10, 5, 0, 0).reset());
    assertEquals(now.plusSeconds(60), limit(10, 5, 60).reset());
    assertEquals(now, limit(10, 5, 60).observedAt());
  }

  @Test
  void pacing_startsWhenLessThanHalfTheBudgetRemains() {
    assertEquals(Duration.ZERO, limit(100, 50, 1000).pacing(now), "exactly half left");
    assertEquals(Duration.ofSeconds(1000).dividedBy(49), limit(100, 49, 1000).pacing(now));
    assertEquals(Duration.ofSeconds(1000), limit(100, 0, 1000).pacing(now), "none left: wait for the reset");
    assertEquals(Duration.ofSeconds(100), limit(100, 10, 1000).pacing(now));
  }

  @Test
  void pacing_isZeroWithoutAUsableReport() {
    assertEquals(Duration.ZERO, new RateLimit(100, 1, -1, 0).pacing(now), "no reset");
    assertEquals(Duration.ZERO, limit(0, -1, 1000).pacing(now), "no limit");
    assertEquals(Duration.ZERO, limit(100, 1, -10).pacing(now), "reset already passed");
    Instant beforeEpoch = Instant.EPOCH.minusSeconds(100);
    assertEquals(Duration.ofSeconds(100), new RateLimit(100, 1, 0, 0).pacing(beforeEpoch), "reset at 0 is a reset");
  }

  @Test
  void untilNextToken_assumesALinearRefill() {
    assertEquals(Duration.ZERO, limit(100, 1, 1000).untilNextToken(now), "a token is left");
    assertEquals(Duration.ofSeconds(10), limit(100, 0, 1000).untilNextToken(now));
    assertEquals(Duration.ofSeconds(1000), limit(0, 0, 1000).untilNextToken(now), "unknown limit: the whole window");
    assertEquals(Duration.ZERO, limit(100, 0, -5).untilNextToken(now), "reset passed");
    assertEquals(Duration.ZERO, new RateLimit(100, 0, -1, 0).untilNextToken(now), "no reset");
    Instant beforeEpoch = Instant.EPOCH.minusSeconds(100);
    assertEquals(Duration.ofSeconds(1), new RateLimit(100, 0, 0, 0).untilNextToken(beforeEpoch));
  }
}
