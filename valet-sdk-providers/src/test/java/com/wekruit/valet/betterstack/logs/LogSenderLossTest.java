package com.wekruit.valet.betterstack.logs;

import static com.wekruit.valet.betterstack.logs.BetterStackLogsTest.assertAccounted;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Loss accounting and bounds while the ingest is stuck: callers never wait on the network, memory stays within the
 * queue bounds, every refused line is counted, and accepted = sent + dropped + pending in every snapshot.
 */
class LogSenderLossTest {
  private static final LogEvent LINE = LogEvent.of(Instant.parse("2026-11-26T03:00:00Z"), "info",
      "GET /api/v1/orders 200 12ms user=42 request=0f8e7c6a");

  @Test
  void aStuckIngest_neverBlocksTheCaller_andMemoryStaysBounded() throws Exception {
    try (IngestServer ingest = new IngestServer();
        BetterStackLogs logs = BetterStackLogs.builder("source-token-1234").ingestUrl(ingest.url())
            .batchLines(100).maxQueue(1000, 64 * 1024).sleeper(new FakeTime()).build()) {
      for (int i = 0; i < 100; i++) logs.send(LINE);
      assertTrue(ingest.firstRequest.await(20, TimeUnit.SECONDS), "the first batch is in flight and held");
      for (int i = 0; i < 20_000; i++) logs.send(LINE);
      LogStats s = logs.stats();
      assertTrue(s.requests() <= 2, "the ingest still holds the first requests (two in flight by default): no send "
          + "waited on them: " + s);
      assertTrue(s.pending() <= 1000, "lines held: " + s);
      assertTrue(s.pendingBytes() <= 64 * 1024, "bytes held: " + s);
      assertEquals(20_100, s.accepted());
      assertTrue(s.droppedOverflow() >= 19_100 - 1000, s.toString());
      assertAccounted(s);
      ingest.release();
      assertTrue(logs.flush(Duration.ofSeconds(20)));
      LogStats done = logs.stats();
      assertEquals(0, done.pending());
      assertEquals(done.accepted(), done.sent() + done.droppedOverflow(), done.toString());
    }
  }

  @Test
  void blockPolicy_waitsOnlyItsBound_thenDropsAndCounts() throws Exception {
    try (IngestServer ingest = new IngestServer();
        BetterStackLogs logs = BetterStackLogs.builder("source-token-1234").ingestUrl(ingest.url()).batchLines(5)
            .maxQueue(10, 64 * 1024).overflow(Overflow.block(Duration.ofMillis(50))).build()) {
      for (int i = 0; i < 5; i++) logs.send(LINE);
      assertTrue(ingest.firstRequest.await(20, TimeUnit.SECONDS));
      for (int i = 0; i < 5; i++) assertTrue(logs.send(LINE), "room for 10 lines, 5 in flight");
      long start = System.nanoTime();
      assertFalse(logs.send(LINE), "full: dropped after the bounded wait");
      assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(50), "it did wait for room");
      assertEquals(1, logs.stats().droppedOverflow());
      ingest.release();
      assertTrue(logs.flush(Duration.ofSeconds(20)));
      assertEquals(10, logs.stats().sent());
    }
  }

  @Test
  void closeWhileTheIngestIsStuck_dropsTheRestAndCountsIt() throws Exception {
    IngestServer ingest = new IngestServer();
    BetterStackLogs logs = BetterStackLogs.builder("source-token-1234").ingestUrl(ingest.url()).batchLines(10)
        .readTimeout(Duration.ofSeconds(30)).build();
    for (int i = 0; i < 25; i++) logs.send(LINE);
    assertTrue(ingest.firstRequest.await(20, TimeUnit.SECONDS));
    logs.close(Duration.ofMillis(100));
    LogStats s = logs.stats();
    assertEquals(0, s.pending(), s.toString());
    assertEquals(25, s.droppedClosed() + s.sent(), s.toString());
    assertAccounted(s);
    ingest.close();
  }

  @Test
  void concurrentSendersUnderFailures_everySnapshotAddsUp() throws Exception {
    try (com.wekruit.valet.betterstack.testing.FakeBetterStack fake =
        com.wekruit.valet.betterstack.testing.FakeBetterStack.start();
        BetterStackLogs logs = BetterStackLogs.builder(com.wekruit.valet.betterstack.testing.FakeBetterStack
            .SOURCE_TOKEN).ingestUrl(fake.logsUrl()).batchLines(50).maxQueue(500, 1 << 20)
            .flushInterval(Duration.ofMillis(5)).sleeper(new FakeTime()).retryPolicy(com.wekruit.valet.http
                .RetryPolicy.builder().maxAttempts(2).build()).build()) {
      fake.failIngest(30, 503);
      CountDownLatch done = new CountDownLatch(4);
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Thread th = new Thread(() -> {
          for (int i = 0; i < 5_000; i++) logs.send(LINE);
          done.countDown();
        });
        threads.add(th);
        th.start();
      }
      int snapshots = 0;
      while (done.getCount() > 0 || snapshots < 100) {
        assertAccounted(logs.stats());
        snapshots++;
        if (snapshots > 1_000_000) break;
      }
      assertTrue(done.await(20, TimeUnit.SECONDS));
      assertTrue(logs.flush(Duration.ofSeconds(20)));
      LogStats s = logs.stats();
      assertEquals(20_000, s.accepted());
      assertEquals(0, s.pending());
      assertAccounted(s);
      assertEquals(s.sent(), fake.ingestedLines().size(), "sent means the ingest has it");
    }
  }
}
