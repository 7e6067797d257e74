package com.wekruit.valet.http;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void badValues_areRejectedNamingTheField() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxAttempts(0))
        .getMessage().contains("maxAttempts"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().jitter(1.0))
        .getMessage().contains("jitter"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().jitter(-0.01))
        .getMessage().contains("jitter"));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().jitter(Double.NaN));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().multiplier(0.99))
        .getMessage().contains("multiplier"));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().multiplier(Double.NaN));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().initialBackoff(Duration.ZERO))
        .getMessage().contains("initialBackoff"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxBackoff(Duration.ofMillis(-1)))
        .getMessage().contains("maxBackoff"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().maxServerWait(Duration.ofMillis(-1))).getMessage().contains("maxServerWait"));
    assertThrows(NullPointerException.class, () -> RetryPolicy.builder().maxServerWait(null));
    assertThrows(IllegalStateException.class, () -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(10))
        .maxBackoff(Duration.ofSeconds(1)).build());
  }

  @Test
  void edgeValues_areAccepted() {
    RetryPolicy p = RetryPolicy.builder().maxAttempts(1).jitter(0).multiplier(1.0)
        .initialBackoff(Duration.ofSeconds(5)).maxBackoff(Duration.ofSeconds(5)).maxServerWait(Duration.ZERO).build();
    assertEquals(1, p.maxAttempts());
    assertEquals(0.0, p.jitter());
    assertEquals(1.0, p.multiplier());
    assertEquals(Duration.ofSeconds(5), p.initialBackoff());
    assertEquals(Duration.ofSeconds(5), p.maxBackoff());
    assertEquals(Duration.ZERO, p.maxServerWait());
  }

  @Test
  void defaults_andNone() {
    RetryPolicy d = RetryPolicy.defaults();
    assertEquals(6, d.maxAttempts());
    assertEquals(Duration.ofSeconds(1), d.initialBackoff());
    assertEquals(Duration.ofSeconds(60), d.maxBackoff());
    assertEquals(2.0, d.multiplier());
    assertEquals(0.5, d.jitter());
    assertEquals(Duration.ofMinutes(2), d.maxServerWait());
    assertEquals("RetryPolicy[maxAttempts=6, backoff=PT1S..PT1M x2.0, jitter=0.5, maxServerWait=PT2M]", d.toString());
    assertEquals(1, RetryPolicy.none().maxAttempts());
  }

  @Test
  void backoff_withoutJitter_growsByTheMultiplierUpToTheCap() {
    RetryPolicy p = RetryPolicy.builder().jitter(0).initialBackoff(Duration.ofSeconds(1)).multiplier(3)
        .maxBackoff(Duration.ofSeconds(20)).build();
    assertEquals(Duration.ofSeconds(1), p.backoff(0), "a retry number below 1 counts as the first");
    assertEquals(Duration.ofSeconds(1), p.backoff(1));
    assertEquals(Duration.ofSeconds(3), p.backoff(2));
    assertEquals(Duration.ofSeconds(9), p.backoff(3));
    assertEquals(Duration.ofSeconds(20), p.backoff(4));
    assertEquals(Duration.ofSeconds(20), p.backoff(1000));
  }

  @Test
  void backoff_withJitter_spreadsEitherSideOfTheBase_neverPastTheCap() {
    RetryPolicy p = RetryPolicy.builder().jitter(0.5).initialBackoff(Duration.ofSeconds(10))
        .maxBackoff(Duration.ofSeconds(60)).build();
    Set<Duration> seen = new HashSet<>();
    boolean below = false;
    boolean above = false;
    for (int i = 0; i < 500; i++) {
      Duration d = p.backoff(1);
      assertTrue(d.compareTo(Duration.ofSeconds(5)) >= 0 && d.compareTo(Duration.ofSeconds(15)) <= 0, d.toString());
      below |= d.compareTo(Duration.ofMillis(7_500)) < 0;
      above |= d.compareTo(Duration.ofMillis(12_500)) > 0;
      seen.add(d);
    }
    assertTrue(below && above && seen.size() > 100, "jitter spreads over the whole range");

    RetryPolicy capped = RetryPolicy.builder().jitter(0.9).initialBackoff(Duration.ofSeconds(10))
        .maxBackoff(Duration.ofSeconds(10)).build();
    for (int i = 0; i < 200; i++) {
      Duration d = capped.backoff(3);
      assertTrue(d.compareTo(Duration.ofSeconds(1)) >= 0 && d.compareTo(Duration.ofSeconds(10)) <= 0, d.toString());
    }
  }
}
