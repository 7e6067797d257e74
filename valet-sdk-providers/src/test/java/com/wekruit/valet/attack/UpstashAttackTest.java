package com.wekruit.valet.attack;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.LogCapture;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import com.wekruit.valet.upstash.DatabaseStats;
import com.wekruit.valet.upstash.RedisCommand;
import com.wekruit.valet.upstash.UpstashClient;
import com.wekruit.valet.upstash.UpstashRedis;
import com.wekruit.valet.upstash.testing.UpstashPayloads;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Upstash management and Redis REST clients against a hostile or broken server. */
class UpstashAttackTest {
  private static final String TOKEN = "AXW_ASQgAttackRestToken0123456789abcdef";
  private static final String EMAIL = "ops@attack.example";
  private static final String API_KEY = "0f3c2a9e-5b7d-4e1f-9a8b-attackkey01";
  private final FakeTime time = new FakeTime();
  private final FaultServer server = newServer();

  private static FaultServer newServer() {
    try {
      return new FaultServer();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void close() throws Exception {
    server.close();
  }

  private UpstashRedis redis() {
    return UpstashRedis.builder().baseUrl(server.url()).token(TOKEN).clock(time).ticker(time).sleeper(time)
        .readTimeout(Duration.ofSeconds(2)).build();
  }

  private UpstashClient upstash() {
    return UpstashClient.builder().credentials(EMAIL, API_KEY).baseUrl(server.url() + "/v2").clock(time).ticker(time)
        .sleeper(time).readTimeout(Duration.ofSeconds(2)).build();
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  // --- read-your-writes

  @Test
  void syncTokenThatCannotBeSent_isIgnored_andTheClientKeepsWorking() {
    UpstashRedis redis = redis();
    server.then(Reply.json(200, "{\"result\":\"OK\"}", "upstash-sync-token", "good-1"),
        Reply.json(200, "{\"result\":\"OK\"}", "upstash-sync-token", "t\u00f6ken"),
        Reply.json(200, "{\"result\":\"OK\"}", "upstash-sync-token", "x".repeat(5000)),
        Reply.json(200, "{\"result\":\"" + b64("v") + "\"}"));
    redis.execute("SET", "k", "v");
    redis.execute("SET", "k", "v");
    redis.execute("SET", "k", "v");
    assertEquals("v", redis.execute("GET", "k").asString(), "one odd header must not disable the client");
    assertEquals("good-1", server.received().get(3).headers().get("upstash-sync-token"), "the last good token");
  }

  @Test
  void syncToken_goesWithTheNextRequest_andOnlyTheTokenIsInAuthorization() {
    UpstashRedis redis = redis();
    server.then(Reply.json(200, "{\"result\":\"OK\"}", "upstash-sync-token", "sync-1"));
    server.otherwise(Reply.json(200, "{\"result\":null}"));
    redis.execute("SET", "k", "v");
    redis.execute("GET", "k");
    List<FaultServer.Received> got = server.received();
    assertEquals("sync-1", got.get(1).headers().get("upstash-sync-token"));
    for (FaultServer.Received r : got) {
      assertEquals("Bearer " + TOKEN, r.headers().get("Authorization"));
      assertNull(r.query());
      assertFalse(r.path().contains(TOKEN) || r.body().contains(TOKEN));
      r.headers().forEach((k, v) -> assertTrue(k.equalsIgnoreCase("Authorization") || !v.contains(TOKEN), k));
    }
  }

  // --- at most once

  @Test
  void wrongReplyCountForAWritePipeline_saysItMayHaveTakenEffect() {
    server.then(Reply.json(200, "[{\"result\":1}]"));
    ValetClientException e = assertThrows(ValetClientException.class, () -> redis().pipeline(List.of(
        RedisCommand.of("INCR", "a"), RedisCommand.of("INCR", "b"))));
    assertEquals(ValetClientException.Kind.PROTOCOL, e.kind());
    assertTrue(e.mayHaveTakenEffect(), "the writes reached Redis and answered 200; a caller must not resend them");
    assertEquals(1, server.received().size());
  }

  @Test
  void writesAreNeverRepeated_readsAre() {
    List<RedisCommand> writes = List.of(RedisCommand.of("INCR", "n"), RedisCommand.of("LPUSH", "l", "x"),
        RedisCommand.of("EVAL", "return redis.call('GET', KEYS[1])", 1, "k"), RedisCommand.of("SET", "k", "v"),
        RedisCommand.of("incr", "n"), RedisCommand.of("GETEX", "k", "PERSIST"), RedisCommand.of("SPOP", "s"),
        RedisCommand.of("GEOSEARCHSTORE", "d", "s", "FROMLONLAT", 0, 0, "BYRADIUS", 1, "km"));
    for (RedisCommand w : writes) {
      UpstashRedis redis = redis(); // a fresh breaker each time: resets in a row would open it
      server.reset();
      server.otherwise(Reply.reset());
      ValetException e = assertThrows(ValetException.class, () -> redis.execute(w));
      assertTrue(e.mayHaveTakenEffect(), w + ": " + e);
      assertEquals(1, server.received().size(), w + " was sent again");
    }
    UpstashRedis redis = redis();
    server.reset();
    server.otherwise(Reply.reset());
    assertThrows(ValetException.class, () -> redis.transaction(List.of(RedisCommand.of("GET", "a"),
        RedisCommand.of("SET", "a", "1"))));
    assertEquals(1, server.received().size(), "a transaction with a write was sent again");
    UpstashRedis redis2 = redis();
    server.reset();
    server.otherwise(Reply.reset());
    assertThrows(ValetException.class, () -> redis2.pipeline(List.of(RedisCommand.of("GET", "a"),
        RedisCommand.of("INCR", "a"))));
    assertEquals(1, server.received().size(), "a pipeline with a write was sent again");

    UpstashRedis redis3 = redis();
    server.reset();
    server.then(Reply.reset());
    server.otherwise(Reply.json(200, "{\"result\":\"" + b64("v") + "\"}"));
    assertEquals("v", redis3.execute("GET", "k").asString());
    assertEquals(2, server.received().size(), "a read is repeated");
  }

  @Test
  void pipelinePerCommandErrors_andDiscardedTransaction_areTyped() {
    server.then(Reply.json(200, "[{\"result\":\"OK\"},{\"error\":\"WRONGTYPE Operation against a key\"},"
        + "{\"result\":[\"" + b64("a") + "\",null,7]}]"),
        Reply.json(200, "{\"error\":\"EXECABORT Transaction discarded because of previous errors.\"}"));
    var replies = redis().pipeline(List.of(RedisCommand.of("SET", "a", "1"), RedisCommand.of("LPUSH", "a", "x"),
        RedisCommand.of("MGET", "a", "b", "c")));
    assertTrue(replies.get(1).isError());
    assertEquals("a", replies.get(2).asList().get(0).asString());
    assertEquals(7, replies.get(2).asList().get(2).asLong());
    ValetApiException e = assertThrows(ValetApiException.class, () -> redis().transaction(List.of(
        RedisCommand.of("SET", "a", "1"))));
    assertEquals("EXECABORT", e.error().code());
    assertFalse(e.mayHaveTakenEffect());
  }

  // --- management API: Basic credentials, odd bodies

  @Test
  void basicCredentialsEchoedInEveryForm_neverShow() {
    String basic = Base64.getEncoder().encodeToString((EMAIL + ":" + API_KEY).getBytes(StandardCharsets.UTF_8));
    String echo = "wrong credentials: Basic " + basic + " user=" + URLEncoder.encode(EMAIL, StandardCharsets.UTF_8)
        + " key=" + API_KEY.toUpperCase() + " pair=" + EMAIL + ":" + API_KEY + " b64url="
        + Base64.getUrlEncoder().withoutPadding().encodeToString(("x" + API_KEY).getBytes(StandardCharsets.UTF_8));
    server.then(Reply.of(401, "text/plain", echo, "X-Request-Id", API_KEY));
    UpstashClient upstash = upstash();
    try (LogCapture logs = LogCapture.everything()) {
      ValetApiException e = assertThrows(ValetApiException.class, () -> upstash.databases().get("db-1"));
      for (String s : List.of(e.toString(), String.valueOf(e.error()), e.error().bodyExcerpt(), upstash.toString(),
          logs.all())) {
        assertFalse(s.contains(API_KEY) || s.toLowerCase().contains(API_KEY.toLowerCase()), s);
        assertFalse(s.contains(basic) || s.contains(basic.substring(4, 40)), s);
      }
    }
    assertEquals("Basic " + basic, server.received().get(0).headers().get("Authorization"));
  }

  @Test
  void errorBodiesOfEveryShape_areTyped() {
    List<Reply> bodies = List.of(Reply.json(404, "\"database not found\""),
        Reply.json(400, "{\"error\":{\"nested\":true},\"message\":7}"), Reply.json(400, "[1,2,3]"),
        Reply.html(502, "<html><body>Bad gateway</body></html>"), Reply.of(400, "text/plain", "plain words"),
        Reply.json(400, "{\"code\":\"E1\",\"message\":\"typed\"}"), Reply.json(400, ""),
        Reply.json(400, "{not json"), Reply.json(200, "{\"database_id\":7}"), Reply.json(200, "null"));
    UpstashClient upstash = upstash();
    for (Reply r : bodies) {
      server.reset();
      server.otherwise(r);
      RuntimeException e = assertThrows(RuntimeException.class, () -> upstash.databases().get("db-1"), r.toString());
      assertInstanceOf(ValetException.class, e, r + ": " + e);
    }
  }

  @Test
  void bareOk_andAnythingElse() {
    server.then(Reply.json(200, "\"OK\""), Reply.json(200, "\"OKAY\""), Reply.json(200, ""));
    UpstashClient upstash = upstash();
    upstash.databases().enableEviction("db-1");
    assertThrows(ValetClientException.class, () -> upstash.databases().enableEviction("db-1"));
    assertThrows(ValetClientException.class, () -> upstash.databases().enableEviction("db-1"));
  }

  // --- stats

  @Test
  void statsWithoutCommandCounts_decode() {
    String body = UpstashPayloads.stats(List.of("2025-08-31 15:12:52.799480932 +0000 UTC"), 1, 64, 1)
        .replaceAll(",\\s*\"command_counts\":\\[.*\\]\\s*}\\s*$", "}");
    assertFalse(body.contains("command_counts"), body);
    server.then(Reply.json(200, body));
    DatabaseStats stats = upstash().databases().stats("db-1");
    assertTrue(stats.commandCounts().isEmpty());
  }

  @Test
  void garbledGoTimestamps_areTypedNotThrown() {
    for (String x : List.of("yesterday", "2025-13-45 99:99:99 +0000 UTC", "", " m=+0.1", "2025-08-31T15:12:52Z")) {
      server.reset();
      server.otherwise(Reply.json(200, UpstashPayloads.stats(List.of(x), 1, 64, 1)));
      ValetClientException e = assertThrows(ValetClientException.class, () -> upstash().databases().stats("db-1"), x);
      assertEquals(ValetClientException.Kind.UNDECODABLE_BODY, e.kind(), x);
    }
    server.reset();
    server.otherwise(Reply.json(200, UpstashPayloads.stats(List.of("2025-08-31 15:12:52 -0700 MST m=+0.000123"), 1,
        64, 1)));
    assertEquals(java.time.Instant.parse("2025-08-31T22:12:52Z"),
        DatabaseStats.latest(upstash().databases().stats("db-1").keyspace()).at());
  }
}
