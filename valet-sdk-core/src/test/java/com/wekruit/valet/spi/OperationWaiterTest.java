package com.wekruit.valet.spi;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.WaitTimeoutException;
import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationWaiterTest {
  private final FakeTime time = new FakeTime();

  /** Each op finishes after a number of polls; negative means it fails. */
  private OperationWaiter.Operations<String, Integer> ops(Map<String, Integer> pollsLeft, List<Collection<String>> batches) {
    return new OperationWaiter.Operations<>() {
      @Override
      public Map<String, Integer> fetch(Collection<String> ids, Duration timeLeft) {
        batches.add(List.copyOf(ids));
        Map<String, Integer> out = new HashMap<>();
        for (String id : ids) {
          int left = pollsLeft.get(id);
          pollsLeft.put(id, left > 0 ? left - 1 : left);
          out.put(id, pollsLeft.get(id));
        }
        return out;
      }

      @Override
      public boolean finished(Integer s) {
        return s <= 0;
      }

      @Override
      public RuntimeException failure(Integer s) {
        return s < 0 ? new IllegalStateException("op failed") : null;
      }

      @Override
      public String describe(String id, Integer s) {
        return id + "(" + s + " left)";
      }
    };
  }

  @Test
  void pollsOnlyPendingIds_withGrowingIntervals() {
    OperationWaiter poller = new OperationWaiter(time, time, Duration.ofSeconds(1), Duration.ofSeconds(2), () -> Duration.ZERO);
    List<Collection<String>> batches = new ArrayList<>();
    Map<String, Integer> left = new HashMap<>(Map.of("a", 1, "b", 3));
    Map<String, Integer> done = poller.awaitAll("ops", Map.of("a", 1, "b", 3), ops(left, batches), Duration.ofMinutes(1));
    assertEquals(0, done.get("a"));
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(1500), Duration.ofSeconds(2)), time.sleeps());
    assertEquals(2, batches.get(0).size());
    assertEquals(List.of("b"), batches.get(1));
  }

  @Test
  void timeout_namesWhatIsStillRunning_andStopsAtTheDeadline() {
    OperationWaiter poller = new OperationWaiter(time, time, Duration.ofSeconds(4), Duration.ofSeconds(4), () -> Duration.ZERO);
    var start = time.instant();
    WaitTimeoutException e = assertThrows(WaitTimeoutException.class, () -> poller.awaitAll("ops",
        Map.of("slow", 100), ops(new HashMap<>(Map.of("slow", 100)), new ArrayList<>()), Duration.ofSeconds(10)));
    assertEquals(List.of("slow(97 left)"), e.stillRunning(), "polled at 4 s, 8 s and at the deadline");
    assertEquals(Duration.ofSeconds(10), Duration.between(start, time.instant()));
  }

  @Test
  void failure_isThrownAsSoonAsSeen_andPacingStretchesPolls() {
    OperationWaiter poller = new OperationWaiter(time, time, Duration.ofMillis(100), Duration.ofSeconds(1), () -> Duration.ofSeconds(5));
    assertThrows(IllegalStateException.class, () -> poller.awaitAll("ops", Map.of("bad", 1),
        ops(new HashMap<>(Map.of("bad", -1)), new ArrayList<>()), Duration.ofMinutes(1)));
    assertEquals(List.of(Duration.ofSeconds(5)), time.sleeps());
  }

  @Test
  void aFailureTheProviderMarksRetryable_isStillThrown_notTakenForSuccess() {
    OperationWaiter waiter = new OperationWaiter(time, time, Duration.ofSeconds(1), Duration.ofSeconds(1),
        () -> Duration.ZERO);
    OperationWaiter.Operations<String, Integer> ops = new OperationWaiter.Operations<>() {
      @Override
      public Map<String, Integer> fetch(Collection<String> ids, Duration timeLeft) {
        return Map.of("op", -1);
      }

      @Override
      public boolean finished(Integer s) {
        return s <= 0;
      }

      @Override
      public RuntimeException failure(Integer s) {
        return s < 0 ? new com.wekruit.valet.error.ValetClientException(
            com.wekruit.valet.error.ValetClientException.Kind.IO, "op failed, may be retried", null, 1, true) : null;
      }

      @Override
      public String describe(String id, Integer s) {
        return id;
      }
    };
    var e = assertThrows(com.wekruit.valet.error.ValetClientException.class,
        () -> waiter.awaitAll("ops", Map.of("op", 1), ops, Duration.ofMinutes(1)));
    assertEquals("op failed, may be retried", e.getMessage());
    var async = waiter.awaitAllAsync("ops", Map.of("op", 1), ops, Duration.ofMinutes(1));
    assertThrows(java.util.concurrent.ExecutionException.class, async::get);
  }
}
