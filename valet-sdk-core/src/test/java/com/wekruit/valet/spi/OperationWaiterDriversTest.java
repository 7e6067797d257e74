package com.wekruit.valet.spi;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.ConflictException;
import com.wekruit.valet.error.ApiError;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.error.WaitTimeoutException;
import com.wekruit.valet.http.Sleeper;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The async driver, the settled variant, pacing, and "repeat while locked". */
class OperationWaiterDriversTest {
  private final FakeTime time = new FakeTime();

  /**
   * States are ints: {@code > 0} running, {@code 0} done, {@code < 0} failed. Each fetch answers from the script of
   * the id (the last entry repeats) or throws what the script holds.
   */
  private static class Script implements OperationWaiter.Operations<String, Integer> {
    final Map<String, Deque<Integer>> states = new HashMap<>();
    final Deque<Object> answers = new ArrayDeque<>();
    final List<Collection<String>> asked = new ArrayList<>();
    final List<Duration> timeLeft = new ArrayList<>();

    Script op(String id, Integer... sequence) {
      states.put(id, new ArrayDeque<>(List.of(sequence)));
      return this;
    }

    /** The next fetch throws this (async: fails wrapped in a CompletionException) instead of answering. */
    Script fail(RuntimeException e) {
      answers.add(e);
      return this;
    }

    /** Async only: the next fetch fails with exactly this. */
    Script failDirectly(Throwable t) {
      answers.add(new Direct(t));
      return this;
    }

    @Override
    public Map<String, Integer> fetch(Collection<String> ids, Duration left) {
      asked.add(List.copyOf(ids));
      timeLeft.add(left);
      Object a = answers.poll();
      if (a instanceof RuntimeException r) throw r;
      Map<String, Integer> out = new HashMap<>();
      for (String id : ids) {
        Deque<Integer> d = states.get(id);
        out.put(id, d.size() > 1 ? d.poll() : d.peek());
      }
      return out;
    }

    @Override
    public boolean finished(Integer s) {
      return s <= 0;
    }

    @Override
    public RuntimeException failure(Integer s) {
      return s < 0 ? new IllegalStateException("failed with " + s) : null;
    }

    @Override
    public String describe(String id, Integer s) {
      return id + "@" + s;
    }
  }

  private record Direct(Throwable t) {}

  /** The same script, fetched async on the caller's thread; an answer that is a Throwable fails the future. */
  private static class AsyncScript implements OperationWaiter.Operations<String, Integer> {
    final Script s;

    AsyncScript(Script s) {
      this.s = s;
    }

    @Override
    public Map<String, Integer> fetch(Collection<String> ids, Duration timeLeft) {
      throw new AssertionError("the async driver must not block");
    }

    @Override
    public CompletableFuture<Map<String, Integer>> fetchAsync(Collection<String> ids, Duration timeLeft) {
      if (s.answers.peek() instanceof Direct d) {
        s.answers.poll();
        return CompletableFuture.failedFuture(d.t());
      }
      try {
        return CompletableFuture.completedFuture(s.fetch(ids, timeLeft));
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(new CompletionException(e));
      }
    }

    @Override
    public boolean finished(Integer state) {
      return s.finished(state);
    }

    @Override
    public RuntimeException failure(Integer state) {
      return s.failure(state);
    }

    @Override
    public String describe(String id, Integer state) {
      return s.describe(id, state);
    }
  }

  private OperationWaiter waiter(Supplier<Duration> pacing) {
    return new OperationWaiter(time, time, Duration.ofSeconds(1), Duration.ofSeconds(2), pacing);
  }

  private static Throwable failureOf(CompletableFuture<?> f) {
    assertTrue(f.isDone());
    return assertThrows(ExecutionException.class, f::get).getCause();
  }

  private static ValetClientException retryable(String what) {
    return new ValetClientException(Kind.IO, what, null, 1, true);
  }

  @Test
  void async_pollsLikeTheBlockingDriver() throws Exception {
    Script s = new Script().op("a", 1, 0).op("b", 2, 1, 0);
    CompletableFuture<Map<String, Integer>> f = waiter(() -> Duration.ZERO).awaitAllAsync("ops",
        Map.of("a", 2, "b", 3), new AsyncScript(s), Duration.ofMinutes(1));
    assertEquals(Map.of("a", 0, "b", 0), f.get());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(1500), Duration.ofSeconds(2)), time.sleeps());
    assertEquals(List.of(List.of("b")), s.asked.subList(2, 3));
    assertEquals(Duration.ofSeconds(59), s.timeLeft.get(0), "each poll gets the time left");
  }

  @Test
  void async_byDefaultFetchesOnAnotherThread() throws Exception {
    Script s = new Script().op("a", 1, 0);
    Map<String, Integer> done = waiter(() -> Duration.ZERO).awaitAllAsync("ops", Map.of("a", 1), s,
        Duration.ofMinutes(1)).get(10, java.util.concurrent.TimeUnit.SECONDS);
    assertEquals(Map.of("a", 0), done);
    assertEquals(2, s.asked.size());
  }

  @Test
  void async_nothingPending_completesAtOnce() throws Exception {
    Script s = new Script();
    Map<String, Integer> done = waiter(() -> Duration.ZERO).awaitAllAsync("ops", Map.of("a", 0), new AsyncScript(s),
        Duration.ofMinutes(1)).get();
    assertEquals(Map.of("a", 0), done);
    assertTrue(time.sleeps().isEmpty());
    assertTrue(s.asked.isEmpty());
  }

  @Test
  void async_aFailedOperation_failsTheFuture() {
    Script s = new Script().op("a", 1, -3);
    Throwable t = failureOf(waiter(() -> Duration.ZERO).awaitAllAsync("ops", Map.of("a", 1), new AsyncScript(s),
        Duration.ofMinutes(1)));
    assertEquals("failed with -3", t.getMessage());
    Throwable initial = failureOf(waiter(() -> Duration.ZERO).awaitAllAsync("ops", Map.of("a", -1),
        new AsyncScript(s), Duration.ofMinutes(1)));
    assertEquals("failed with -1", initial.getMessage(), "an initial state that failed fails at once");
  }

  @Test
  void async_retryableErrorsAndMissingIds_areAbsorbed_othersEndTheWait() throws Exception {
    Script s = new Script().op("a", 1, 0).fail(retryable("wrapped")).failDirectly(retryable("direct"));
    CompletableFuture<Map<String, Integer>> f = waiter(() -> Duration.ZERO).awaitAllAsync("ops", Map.of("a", 1),
        new AsyncScript(s), Duration.ofMinutes(1));
    assertEquals(Map.of("a", 0), f.get());
    assertEquals(4, time.sleeps().size(), "two absorbed failures, then two polls");

    ValetClientException fatal = new ValetClientException(Kind.UNDECODABLE_BODY, "fatal", null, 1, false);
    Script s2 = new Script().op("a", 1).failDirectly(fatal);
    assertSame(fatal, failureOf(waiter(() -> Duration.ZERO).awaitAllAsync("ops", Map.of("a", 1),
        new AsyncScript(s2), Duration.ofMinutes(1))));

    Error error = new AssertionError("not an exception");
    Script s3 = new Script().op("a", 1).failDirectly(error);
    assertSame(error, failureOf(waiter(() -> Duration.ZERO).awaitAllAsync("ops", Map.of("a", 1),
        new AsyncScript(s3), Duration.ofMinutes(1))));
  }

  @Test
  void async_anAnswerWithoutTheId_isAbsorbedUntilTheDeadline() {
    OperationWaiter.Operations<String, Integer> forgetful = new AsyncScript(new Script().op("a", 1)) {
      @Override
      public CompletableFuture<Map<String, Integer>> fetchAsync(Collection<String> ids, Duration timeLeft) {
        return CompletableFuture.completedFuture(Map.of("other", 0));
      }
    };
    WaitTimeoutException e = assertInstanceOf(WaitTimeoutException.class, failureOf(waiter(() -> Duration.ZERO)
        .awaitAllAsync("ops", Map.of("a", 1), forgetful, Duration.ofSeconds(5))));
    assertEquals(List.of("a@1"), e.stillRunning());
  }

  @Test
  void async_unreadableStateOrBrokenFetch_isAProtocolError() {
    Script s = new Script().op("a", 1).fail(new NullPointerException("action was null"));
    ValetClientException broken = assertInstanceOf(ValetClientException.class, failureOf(waiter(() -> Duration.ZERO)
        .awaitAllAsync("ops", Map.of("a", 1), new AsyncScript(s), Duration.ofMinutes(1))));
    assertEquals(Kind.PROTOCOL, broken.kind());
    assertFalse(broken.retryable());
    assertTrue(broken.getMessage().startsWith("ops: an operation's state could not be read (NullPointerException)"),
        broken.getMessage());
    assertInstanceOf(NullPointerException.class, broken.getCause());

    Script nulls = new Script().op("a", 1);
    Map<String, Integer> withNull = new HashMap<>();
    withNull.put("a", 1);
    withNull.put("n", null);
    Throwable t = failureOf(waiter(() -> Duration.ZERO).awaitAllAsync("ops", withNull, new AsyncScript(nulls),
        Duration.ofMinutes(1)));
    assertEquals(Kind.PROTOCOL, assertInstanceOf(ValetClientException.class, t).kind(), "finished(null) threw");
  }

  @Test
  void async_aNegativeTimeout_failsTheFuture() {
    Throwable t = failureOf(waiter(() -> Duration.ZERO).awaitAllAsync("ops", Map.of("a", 1),
        new AsyncScript(new Script().op("a", 1)), Duration.ofSeconds(-1)));
    assertInstanceOf(IllegalArgumentException.class, t);
  }

  @Test
  void async_aCancelledWait_pollsNoMore() {
    List<Runnable> scheduled = new ArrayList<>();
    Sleeper held = new Sleeper() {
      @Override
      public void sleep(Duration d) {
        throw new AssertionError("the async driver must not sleep");
      }

      @Override
      public Future<?> schedule(Duration delay, Runnable task) {
        scheduled.add(task);
        return new CompletableFuture<>();
      }
    };
    Script s = new Script().op("a", 1);
    OperationWaiter w = new OperationWaiter(time, held, Duration.ofSeconds(1), Duration.ofSeconds(2), () -> null);
    CompletableFuture<Map<String, Integer>> f = w.awaitAllAsync("ops", Map.of("a", 1), new AsyncScript(s),
        Duration.ofMinutes(1));
    assertEquals(1, scheduled.size());
    f.cancel(true);
    scheduled.get(0).run();
    assertTrue(s.asked.isEmpty());
    assertEquals(1, scheduled.size());
  }

  @Test
  void blocking_retryableErrorsAreAbsorbed_nonRetryableThrown_brokenStatesAreProtocolErrors() {
    Script s = new Script().op("a", 0).fail(retryable("blip"));
    assertEquals(Map.of("a", 0), waiter(() -> Duration.ZERO).awaitAll("ops", Map.of("a", 1), s, Duration.ofMinutes(1)));
    assertEquals(2, s.asked.size());

    ValetClientException fatal = new ValetClientException(Kind.UNDECODABLE_BODY, "fatal", null, 1, false);
    assertSame(fatal, assertThrows(ValetClientException.class, () -> waiter(() -> Duration.ZERO).awaitAll("ops",
        Map.of("a", 1), new Script().op("a", 1).fail(fatal), Duration.ofMinutes(1))));

    ValetClientException broken = assertThrows(ValetClientException.class, () -> waiter(() -> Duration.ZERO)
        .awaitAll("ops", Map.of("a", 1), new Script().op("a", 1).fail(new IllegalStateException("x")),
            Duration.ofMinutes(1)));
    assertEquals(Kind.PROTOCOL, broken.kind());
  }

  @Test
  void blocking_aStateCallbackThatThrowsAValetException_passesItOn() {
    ConflictException locked = new ConflictException(new ApiError("p", "GET", "/", 409, null, null, null, null, null,
        null), 1, false);
    Script s = new Script() {
      @Override
      public boolean finished(Integer st) {
        if (st == 7) throw locked;
        return super.finished(st);
      }
    }.op("a", 7);
    assertSame(locked, assertThrows(ConflictException.class, () -> waiter(() -> Duration.ZERO).awaitAll("ops",
        Map.of("a", 1), s, Duration.ofMinutes(1))));
  }

  @Test
  void blocking_aFailureInTheAnswer_isThrownUnlessTheWaitIsSettled() {
    ValetClientException opFailed = new ValetClientException(Kind.PROTOCOL, "op failed", null, 1, false);
    Script s = new Script() {
      @Override
      public RuntimeException failure(Integer st) {
        return st < 0 ? opFailed : null;
      }
    }.op("a", -1);
    assertSame(opFailed, assertThrows(ValetClientException.class, () -> waiter(() -> Duration.ZERO).awaitAll("ops",
        Map.of("a", 1), s, Duration.ofMinutes(1))));
    Script s2 = new Script().op("a", 1, -1).op("b", 0);
    assertEquals(Map.of("a", -1, "b", 0), waiter(() -> Duration.ZERO).awaitSettled("ops", Map.of("a", 1, "b", 1),
        s2, Duration.ofMinutes(1)));
  }

  @Test
  void lastPoll_getsAtLeastASecond_andTheWaitEndsExactlyAtTheDeadline() {
    Script s = new Script().op("a", 1);
    OperationWaiter w = new OperationWaiter(time, time, Duration.ofSeconds(4), Duration.ofSeconds(4), () -> null);
    assertThrows(WaitTimeoutException.class, () -> w.awaitAll("ops", Map.of("a", 1), s, Duration.ofSeconds(10)));
    assertEquals(List.of(Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(2)), time.sleeps());
    assertEquals(List.of(Duration.ofSeconds(6), Duration.ofSeconds(2), Duration.ofSeconds(1)), s.timeLeft);
  }

  @Test
  void pacing_onlyEverLengthensAPoll() {
    Script s = new Script().op("a", 1, 1, 0);
    List<Duration> paces = new ArrayList<>(List.of(Duration.ofMillis(500), Duration.ofMillis(1500)));
    waiter(() -> paces.isEmpty() ? null : paces.remove(0)).awaitAll("ops", Map.of("a", 1), s, Duration.ofMinutes(1));
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofMillis(1500), Duration.ofSeconds(2)), time.sleeps(),
        "a pace equal to the interval changes nothing, a shorter one is ignored");
  }

  @Test
  void paced_readsTheTransportsBudget_andChecksIntervals() throws Exception {
    assertThrows(IllegalArgumentException.class, () -> OperationWaiter.requireIntervals(Duration.ZERO,
        Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> OperationWaiter.requireIntervals(Duration.ofSeconds(-1),
        Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> OperationWaiter.requireIntervals(Duration.ofSeconds(2),
        Duration.ofSeconds(1)));
    OperationWaiter.requireIntervals(Duration.ofSeconds(1), Duration.ofSeconds(1));
    try (FaultServer server = new FaultServer()) {
      HttpTransport http = new TestApi.Builder().baseUrl(server.url()).clock(time).ticker(time).sleeper(time).build();
      assertThrows(IllegalArgumentException.class, () -> OperationWaiter.paced(http, Duration.ofSeconds(2),
          Duration.ofSeconds(1)));
      OperationWaiter w = OperationWaiter.paced(http, Duration.ofSeconds(1), Duration.ofSeconds(2));
      assertEquals(Duration.ZERO, w.pacing.get(), "no budget read yet");
      server.otherwise(Reply.json(200, "{\"thing\":{\"id\":1}}", "RateLimit-Limit", "10", "RateLimit-Remaining", "2",
          "RateLimit-Reset", "40"));
      http.execute(ApiCall.<TestApi.ThingEnvelope>get("/t", TestApi.ThingEnvelope.class));
      assertEquals(Duration.ofSeconds(20), w.pacing.get(), "40 s to the reset spread over the 2 requests left");
      assertSame(time, w.ticker);
      assertSame(time, w.sleeper);
    }
  }

  private final ValetClientException lockedError = new ValetClientException(Kind.PROTOCOL, "locked", null, 1, false);

  private Supplier<String> calls(List<Object> outcomes) {
    return () -> {
      Object o = outcomes.remove(0);
      if (o instanceof RuntimeException r) throw r;
      return (String) o;
    };
  }

  @Test
  void repeatWhenLocked_waitsForTheHolders_thenRepeats() {
    OperationWaiter w = waiter(() -> Duration.ZERO);
    List<Duration> given = new ArrayList<>();
    Function<Duration, Boolean> holders = left -> {
      given.add(left);
      time.advance(Duration.ofSeconds(3));
      return true;
    };
    String r = w.repeatWhenLocked("server 1", Duration.ofSeconds(30),
        calls(new ArrayList<>(List.of(lockedError, lockedError, "ok"))), e -> e == lockedError, holders);
    assertEquals("ok", r);
    assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(27)), given);
    assertTrue(time.sleeps().isEmpty(), "the holders' wait was the pause");
  }

  @Test
  void repeatWhenLocked_withNothingRunning_pausesASecondAtMost() {
    OperationWaiter w = waiter(() -> Duration.ZERO);
    String r = w.repeatWhenLocked("server 1", Duration.ofMillis(2500),
        calls(new ArrayList<>(List.of(lockedError, lockedError, lockedError, "ok"))), e -> e == lockedError,
        left -> false);
    assertEquals("ok", r);
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(500)), time.sleeps());
  }

  @Test
  void repeatWhenLocked_givesUpAtTheDeadline_andPassesOtherErrorsOn() {
    OperationWaiter w = waiter(() -> Duration.ZERO);
    WaitTimeoutException e = assertThrows(WaitTimeoutException.class, () -> w.repeatWhenLocked("server 1",
        Duration.ofSeconds(2), () -> {
          throw lockedError;
        }, x -> x == lockedError, left -> false));
    assertEquals(List.of("server 1"), e.stillRunning());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), time.sleeps());
    ValetException other = new ValetClientException(Kind.IO, "other", null, 1, true);
    assertSame(other, assertThrows(ValetException.class, () -> w.repeatWhenLocked("server 1", Duration.ofSeconds(2),
        () -> {
          throw other;
        }, x -> x == lockedError, left -> false)));
    assertEquals(2, time.sleeps().size());
  }
}
