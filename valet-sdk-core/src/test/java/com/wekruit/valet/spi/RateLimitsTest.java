package com.wekruit.valet.spi;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.http.RateLimit;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** Reading the budget from headers, and the client-wide gate it closes. */
class RateLimitsTest {
  private static final long NOW_MILLIS = Instant.parse("2026-11-26T03:00:00Z").toEpochMilli();
  private final RateLimitReader reader = RateLimitReader.headers("RateLimit-");

  private RateLimit read(String... headers) {
    return reader.read(Headers.of(headers), NOW_MILLIS);
  }

  @Test
  void readsLimitRemainingAndReset() {
    RateLimit r = read("RateLimit-Limit", " 3600 ", "RateLimit-Remaining", "12", "RateLimit-Reset", "30");
    assertEquals(new RateLimit(3600, 12, NOW_MILLIS / 1000 + 30, NOW_MILLIS), r);
    assertEquals(new RateLimit(0, -1, -1, NOW_MILLIS), read("RateLimit-Limit", "0"), "a zero limit is a reading");
    assertEquals(999_999_999, read("RateLimit-Limit", "999999999").limit(), "nine digits still parse");
  }

  @Test
  void noOrGarbledLimit_isNoReading_garbledRemainingIsUnknown() {
    assertNull(read("X-Other", "1"));
    for (String bad : new String[] {"", "  ", "ten", "-5", "1.5", "1234567890"}) {
      assertNull(read("RateLimit-Limit", bad), bad);
    }
    for (String bad : new String[] {"", "x", "-1", "1234567890"}) {
      assertEquals(-1, read("RateLimit-Limit", "10", "RateLimit-Remaining", bad).remaining(), bad);
    }
    assertNull(RateLimitReader.NONE.read(Headers.of("RateLimit-Limit", "10"), NOW_MILLIS));
  }

  @Test
  void blockedFor_isTheTimeUntilTheNextToken() {
    Instant now = Instant.ofEpochMilli(NOW_MILLIS);
    RateLimit spent = read("RateLimit-Limit", "10", "RateLimit-Remaining", "0", "RateLimit-Reset", "50");
    assertEquals(Duration.ofSeconds(5), reader.blockedFor(spent, now));
    RateLimit left = read("RateLimit-Limit", "10", "RateLimit-Remaining", "1", "RateLimit-Reset", "50");
    assertEquals(Duration.ZERO, reader.blockedFor(left, now));
  }

  @Test
  void gate_opensAtItsTime_andOnlyLaterClosingsExtendIt() {
    RateGate gate = new RateGate();
    assertEquals(0, gate.waitNanos(1_000));
    gate.closeUntil(100);
    gate.closeUntil(50);
    assertEquals(100, gate.waitNanos(0), "an earlier close does not shorten a closed gate");
    gate.closeUntil(150);
    assertEquals(110, gate.waitNanos(40), "a later one extends it");
    assertEquals(0, gate.waitNanos(150), "open exactly at its time");
    gate.closeUntil(80);
    assertEquals(30, gate.waitNanos(50), "once open, any new close counts, even one before the old time");
    assertEquals(0, gate.waitNanos(200));
    assertEquals(0, gate.waitNanos(60), "stays open");
  }
}
