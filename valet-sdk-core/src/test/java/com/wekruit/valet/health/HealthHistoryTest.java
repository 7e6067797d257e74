package com.wekruit.valet.health;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The transition history, fed by a real monitor. */
class HealthHistoryTest {
  @Test
  void keepsOnlyTheLastTransitionsPerCheck_newestFirst_withTheTimeOfTheirClock() throws Exception {
    FakeTime time = new FakeTime();
    AtomicReference<CheckResult> next = new AtomicReference<>(CheckResult.up());
    HealthHistory history = HealthHistory.create(2, time);
    try (HealthMonitor m = HealthMonitor.builder().ticker(new FakeTicker()).clock(time).add("redis", d -> next.get())
        .add("steady", d -> CheckResult.up()).onStatusChange(history).build()) {
      m.runNow();
      for (Reason r : List.of(Reason.CONNECT_FAILED, Reason.TIMEOUT, Reason.OK)) {
        time.advance(Duration.ofMinutes(1));
        next.set(r == Reason.OK ? CheckResult.up() : CheckResult.down(r, "x"));
        m.runNow();
      }
      m.runNow();
    }
    List<HealthHistory.Transition> redis = history.of("redis");
    assertEquals(2, redis.size(), redis.toString());
    assertEquals(new HealthHistory.Transition("redis", HealthStatus.DOWN, HealthStatus.UP, Reason.OK,
        time.instant()), redis.get(0));
    assertEquals(Reason.TIMEOUT, redis.get(1).reason(), "a reason change is a transition too");
    assertEquals(HealthStatus.DOWN, redis.get(1).from());
    assertEquals(1, history.of("steady").size());
    assertNull(history.of("steady").get(0).from(), "the first result has no previous status");
    assertEquals(List.of(), history.of("nope"));
  }

  @Test
  void refusesAnEmptyBound() {
    assertThrows(IllegalArgumentException.class, () -> HealthHistory.create(0, java.time.Clock.systemUTC()));
  }
}
