package com.wekruit.valet.betterstack.logs;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.betterstack.testing.FakeBetterStack;
import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sender against the simulator's ingest: triggers, format, close, retries, rejects and 413 splits. */
class BetterStackLogsTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private FakeBetterStack fake;
  private final FakeTime time = new FakeTime();

  @BeforeEach
  void start() throws Exception {
    fake = FakeBetterStack.start();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private BetterStackLogs sender(UnaryOperator<BetterStackLogs.Builder> settings) {
    return settings.apply(BetterStackLogs.builder(FakeBetterStack.SOURCE_TOKEN).ingestUrl(fake.logsUrl())
        .sleeper(time).flushInterval(Duration.ofHours(1))).build();
  }

  private static LogEvent line(int i) {
    return LogEvent.builder(Instant.parse("2026-11-26T03:00:00.123Z").plusSeconds(i), "info", "line " + i)
        .field("i", i).build();
  }

  static String random(int bytes) {
    byte[] b = new byte[bytes];
    new java.util.Random(42).nextBytes(b);
    return java.util.Base64.getEncoder().encodeToString(b);
  }

  static void assertAccounted(LogStats s) {
    assertEquals(s.accepted(), s.sent() + s.dropped() + s.pending(), "every line accounted: " + s);
  }

  @Test
  void aFullBatch_goesWithoutAFlush() throws Exception {
    try (BetterStackLogs logs = sender(b -> b.batchLines(100))) {
      for (int i = 0; i < 100; i++) assertTrue(logs.send(line(i)));
      assertTrue(fake.awaitIngested(100, WAIT), "size-triggered batch arrived");
      assertEquals(1, fake.ingestRequests());
    }
  }

  @Test
  void aLoneLine_goesAfterTheFlushInterval() throws Exception {
    try (BetterStackLogs logs = sender(b -> b.flushInterval(Duration.ofMillis(100)))) {
      logs.send(line(1));
      assertTrue(fake.awaitIngested(1, WAIT), "time-triggered batch arrived");
      assertEquals(1, fake.ingestRequests());
    }
  }

  @Test
  void lines_carryDtLevelMessageAndFields_gzipped() {
    try (BetterStackLogs logs = sender(b -> b)) {
      logs.send(LogEvent.builder(Instant.parse("2026-11-26T03:00:00.123456Z"), "error", "boom \"quoted\"\n\u0001")
          .field("user", Map.of("id", 7, "name", "ada")).field("ok", false).field("n", 1.5).build());
      assertTrue(logs.flush(WAIT));
    }
    Map<String, Object> got = fake.ingestedLines().get(0);
    assertEquals("2026-11-26T03:00:00.123456Z", got.get("dt"));
    assertEquals("error", got.get("level"));
    assertEquals("boom \"quoted\"\n\u0001", got.get("message"));
    assertEquals(Map.of("id", 7.0, "name", "ada"), got.get("user"));
    assertEquals(false, got.get("ok"));
    assertThrows(IllegalArgumentException.class, () -> LogEvent.builder(Instant.EPOCH, "info", "x").field("dt", 1));
  }

  @Test
  void close_flushesWhatIsQueued_thenRefusesAndCounts() {
    BetterStackLogs logs = sender(b -> b);
    for (int i = 0; i < 10; i++) logs.send(line(i));
    logs.close();
    assertEquals(10, fake.ingestedLines().size());
    assertFalse(logs.send(line(11)));
    LogStats s = logs.stats();
    assertEquals(10, s.sent());
    assertEquals(1, s.droppedClosed());
    assertAccounted(s);
  }

  @Test
  void aFailingIngest_isRetriedWithBackoff_andNothingIsLost() {
    fake.failIngest(2, 503);
    try (BetterStackLogs logs = sender(b -> b)) {
      for (int i = 0; i < 5; i++) logs.send(line(i));
      assertTrue(logs.flush(WAIT));
      LogStats s = logs.stats();
      assertEquals(5, s.sent());
      assertEquals(2, s.retries());
      assertEquals(3, s.requests());
      assertAccounted(s);
    }
    assertEquals(2, time.sleeps().size());
    assertTrue(time.sleeps().get(1).compareTo(time.sleeps().get(0).dividedBy(2)) > 0, "backoff grows: " + time.sleeps());
    assertEquals(5, fake.ingestedLines().size());
  }

  @Test
  void anIngestThatNeverRecovers_dropsBatchesAfterTheLastAttempt_andCountsEveryLine() {
    fake.failIngestAlways(500);
    try (BetterStackLogs logs = sender(b -> b.batchLines(10).retryPolicy(com.wekruit.valet.http.RetryPolicy.builder()
        .maxAttempts(3).build()))) {
      for (int i = 0; i < 50; i++) logs.send(line(i));
      assertTrue(logs.flush(WAIT));
      LogStats s = logs.stats();
      assertEquals(50, s.droppedRetriesExhausted());
      assertEquals(0, s.sent());
      assertEquals(15, s.requests(), "5 batches x 3 attempts");
      assertAccounted(s);
    }
  }

  @Test
  void aWrongToken_isRejectedOnce_notRetried() {
    try (BetterStackLogs logs = BetterStackLogs.builder("wrong-token-000").ingestUrl(fake.logsUrl()).sleeper(time)
        .build()) {
      logs.send(line(1));
      assertTrue(logs.flush(WAIT));
      assertEquals(1, logs.stats().droppedRejected());
      assertEquals(1, fake.ingestRequests());
    }
  }

  @Test
  void a413_splitsTheBatch_untilItFits_andDropsOnlyALineTooLargeAlone() {
    try (BetterStackLogs logs = sender(b -> b)) {
      fake.ingestLimit(400);
      for (int i = 0; i < 16; i++) logs.send(line(i));
      logs.send(LogEvent.builder(Instant.EPOCH, "info", random(3000)).build());
      assertTrue(logs.flush(WAIT));
      LogStats s = logs.stats();
      assertEquals(16, s.sent());
      assertEquals(1, s.droppedRejected());
      assertAccounted(s);
    }
    List<Map<String, Object>> got = fake.ingestedLines();
    for (int i = 0; i < 16; i++) assertEquals("line " + i, got.get(i).get("message"), "order kept");
  }
}
