package com.wekruit.valet.http;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BreakerPolicyTest {
  private static final Duration OPEN = Duration.ofSeconds(30);

  @Test
  void smallestAndLargestValues_areAccepted() {
    BreakerPolicy p = new BreakerPolicy(1, 1, 1, Duration.ofNanos(1), 1, true);
    assertEquals(1, p.windowSize());
    assertEquals(100, new BreakerPolicy(1, 1, 100, OPEN, 1, true).failureRatePercent());
  }

  @Test
  void valuesBelowOneOrAbove100Percent_areRejected() {
    assertThrows(IllegalArgumentException.class, () -> new BreakerPolicy(0, 1, 50, OPEN, 1, true));
    assertThrows(IllegalArgumentException.class, () -> new BreakerPolicy(1, 0, 50, OPEN, 1, true));
    assertThrows(IllegalArgumentException.class, () -> new BreakerPolicy(1, 1, 50, OPEN, 0, true));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new BreakerPolicy(1, 1, 0, OPEN, 1, true))
        .getMessage().contains("was 0"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new BreakerPolicy(1, 1, 101, OPEN, 1, true))
        .getMessage().contains("was 101"));
    assertThrows(IllegalArgumentException.class, () -> new BreakerPolicy(1, 1, 50, Duration.ZERO, 1, true));
    assertThrows(NullPointerException.class, () -> new BreakerPolicy(1, 1, 50, null, 1, true));
  }

  @Test
  void defaults_areTunedForLowTraffic_andDisabledNeverOpens() {
    assertEquals(new BreakerPolicy(10, 5, 50, OPEN, 2, true), BreakerPolicy.defaults());
    assertEquals(new BreakerPolicy(10, 5, 50, OPEN, 2, false), BreakerPolicy.disabled());
  }
}
