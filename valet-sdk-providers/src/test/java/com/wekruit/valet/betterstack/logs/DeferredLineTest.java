package com.wekruit.valet.betterstack.logs;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.MessageFormatter;

/**
 * Lines formatted and encoded later, on a shipper thread: the same JSON as SLF4J's formatting encoded at once, a
 * reserved bound never below the exact size, and values that can change captured when the line is built.
 */
class DeferredLineTest {
  private static final Instant DT = Instant.parse("2026-11-26T03:00:00.123Z");
  private static final char[] ALPHABET = {'a', 'Z', ' ', '{', '}', '\\', '"', '\n', '\u0001', '\u007f', 'é', '\u2028',
      '€', '\uD83D', '\uDE00', '\uD800'};

  private static String text(Random r, int max) {
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(max + 1); i > 0; i--) b.append(ALPHABET[r.nextInt(ALPHABET.length)]);
    return b.toString();
  }

  private static Object arg(Random r) {
    return switch (r.nextInt(12)) {
      case 0 -> null;
      case 1 -> r.nextInt();
      case 2 -> Integer.MIN_VALUE;
      case 3 -> Long.MIN_VALUE + r.nextInt(3);
      case 4 -> (short) r.nextInt();
      case 5 -> (byte) r.nextInt();
      case 6 -> r.nextBoolean();
      case 7 -> r.nextBoolean() ? Double.NaN : r.nextDouble() * 1e300;
      case 8 -> ALPHABET[r.nextInt(ALPHABET.length)];
      case 9 -> new UUID(r.nextLong(), r.nextLong());
      case 10 -> new IllegalStateException("last");
      default -> text(r, 6);
    };
  }

  private static String json(java.util.function.Consumer<LogJson> write) {
    LogJson j = new LogJson();
    write.accept(j);
    return new String(j.bytes(), 0, j.length(), StandardCharsets.UTF_8);
  }

  @Test
  void messages_areWhatSlf4jFormats_andBoundsNeverFallShort() {
    Random r = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      String pattern = text(r, 14);
      Object[] args = new Object[1 + r.nextInt(4)];
      for (int i = 0; i < args.length; i++) args[i] = arg(r);
      String expected = json(j -> j.string(MessageFormatter.arrayFormat(pattern, args).getMessage()));
      assertEquals(expected, json(j -> Slf4jMessage.write(j, pattern, args, 0, args.length)), () -> pattern + " " + List.of(args));

      String s = text(r, 10);
      assertTrue(JsonBounds.string(s) >= json(j -> j.string(s)).getBytes(StandardCharsets.UTF_8).length, s);
      LogEvent line = LogEvent.formatted(DT, "info", pattern, args).field("s", s).field("n", args[0]).build();
      assertTrue(line.reserve() >= line.size(), () -> line.reserve() + " < " + line.size() + " for " + pattern);
    }
  }

  @Test
  void immutableValues_areDeferred_othersEncodedWhenBuilt() {
    Map<String, Object> mdc = new HashMap<>(Map.of("request_id", "r-42"));
    LogEvent deferred = LogEvent.formatted(DT, "info", "order {} by {}", 17, "ada").field("mdc", mdc).build();
    StringBuilder mutable = new StringBuilder("before");
    LogEvent early = LogEvent.formatted(DT, "info", "state {}", mutable).build();
    LogEvent listed = LogEvent.builder(DT, "info", "x").field("tags", new ArrayList<>(List.of("a"))).build();
    mutable.append("-after");
    mdc.put("request_id", "changed");
    assertTrue(deferred.deferred());
    assertFalse(early.deferred(), "a StringBuilder can change: formatted now");
    assertFalse(listed.deferred());
    assertEquals("{\"dt\":\"2026-11-26T03:00:00.123Z\",\"level\":\"info\",\"message\":\"order 17 by ada\","
        + "\"mdc\":{\"request_id\":\"r-42\"}}", json(deferred::writeTo));
    assertTrue(json(early::writeTo).contains("\"state before\""), json(early::writeTo));
    assertEquals(json(deferred::writeTo), json(deferred.encoded()::writeTo));
  }

  @Test
  void aLineOverTheLimitByItsBoundButNotItsSize_isSent() throws Exception {
    String lone = "\uD800".repeat(600); // each counted 2 in the bound, written as one '?'
    LogEvent line = LogEvent.formatted(DT, "info", lone + " {}", 1).build();
    assertTrue(line.reserve() > 1024 && line.size() < 1024, line.reserve() + " / " + line.size());
    try (IngestServer ingest = new IngestServer();
        BetterStackLogs logs = BetterStackLogs.builder("source-token-1234").ingestUrl(ingest.url()).batchBytes(1024)
            .build()) {
      ingest.release();
      assertTrue(logs.send(line));
      assertTrue(logs.flush(java.time.Duration.ofSeconds(20)));
      assertEquals(1, logs.stats().sent(), logs.stats().toString());
    }
  }

  @Test
  void heldBytes_areTheBoundWhileQueued_andExactOnceEncoded() throws Exception {
    try (IngestServer ingest = new IngestServer();
        BetterStackLogs logs = BetterStackLogs.builder("source-token-1234").ingestUrl(ingest.url()).batchLines(10)
            .maxInFlight(1).build()) {
      List<LogEvent> lines = new ArrayList<>();
      for (int i = 0; i < 15; i++) lines.add(LogEvent.formatted(DT, "info", "order {}", i).build());
      lines.forEach(logs::send);
      assertTrue(ingest.firstRequest.await(20, java.util.concurrent.TimeUnit.SECONDS));
      long exactInFlight = lines.subList(0, 10).stream().mapToLong(LogEvent::size).sum();
      long boundQueued = lines.subList(10, 15).stream().mapToLong(LogEvent::reserve).sum();
      assertTrue(boundQueued > lines.subList(10, 15).stream().mapToLong(LogEvent::size).sum());
      assertEquals(exactInFlight + boundQueued, logs.stats().pendingBytes(), logs.stats().toString());
      ingest.release();
      assertTrue(logs.flush(java.time.Duration.ofSeconds(20)));
      assertEquals(0, logs.stats().pendingBytes());
      assertEquals(15, logs.stats().sent());
    }
  }
}
