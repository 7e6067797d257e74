package com.wekruit.valet.upstash;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.InvalidInputException;
import com.wekruit.valet.error.NotFoundException;
import com.wekruit.valet.upstash.testing.FakeUpstash;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/**
 * The fake against the real clients: management through a WireMock proxy (every exchange checked against the
 * spec), Redis commands through the REST endpoint into a real embedded Redis.
 */
class FakeUpstashTest extends WireMockUpstash {
  static RedisServer redisServer;
  static int redisPort;
  FakeUpstash fake;

  @BeforeAll
  static void startRedis() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      redisPort = s.getLocalPort();
    }
    redisServer = RedisServer.newRedisServer().port(redisPort).bind("127.0.0.1").build();
    redisServer.start();
  }

  @AfterAll
  static void stopRedis() throws Exception {
    redisServer.stop();
  }

  @BeforeEach
  void startFake() throws Exception {
    fake = FakeUpstash.start(0, "127.0.0.1", redisPort);
    wm.stubFor(any(urlPathMatching("/v2/.*")).willReturn(aResponse().proxiedFrom(fake.origin())));
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }

  private UpstashRedis redisFor(RedisDatabase db) {
    return UpstashRedis.builder().baseUrl(fake.restUrl(db.databaseId())).token(db.restToken()).build();
  }

  @Test
  void databaseLifecycle_andCommandsOnARealRedis() {
    RedisDatabase db = upstash.databases().create(CreateDatabaseRequest.builder("cache", "eu-central-1").build());
    UpstashRedis redis = redisFor(db);
    assertEquals("OK", redis.execute("SET", "greeting", "hello").asString());
    assertEquals("hello", redis.execute("GET", "greeting").asString());
    assertEquals(1, redis.execute("INCR", "visits").asLong());
    assertEquals(2, redis.execute("INCR", "visits").asLong());
    InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> redis.execute("INCR", "greeting"));
    assertEquals("ERR", wrong.providerCode());

    List<RedisReply> p = redis.pipeline(List.of(RedisCommand.of("RPUSH", "q", "a", "b"), RedisCommand.of("LRANGE",
        "q", "0", "-1"), RedisCommand.of("HGET", "q", "x")));
    assertEquals(2, p.get(0).asLong());
    assertEquals(List.of("a", "b"), p.get(1).asList().stream().map(RedisReply::asString).toList());
    assertTrue(p.get(2).isError(), "WRONGTYPE for that one command only");
    List<RedisReply> tx = redis.transaction(List.of(RedisCommand.of("INCR", "visits"), RedisCommand.of("GET",
        "visits")));
    assertEquals(3, tx.get(0).asLong());
    assertEquals("3", tx.get(1).asString());
    assertThrows(com.wekruit.valet.error.ValetApiException.class, () -> redis.transaction(List.of(
        RedisCommand.of("INCR", "visits"), RedisCommand.of("NOSUCHCOMMAND"))), "discarded as a whole");
    assertEquals("3", redis.execute("GET", "visits").asString(), "the discarded INCR did not run");

    DatabaseStats stats = upstash.databases().stats(db.databaseId());
    assertEquals(3, DatabaseStats.latest(stats.keyspace()).value(), "greeting, visits, q");

    upstash.databases().enableEviction(db.databaseId());
    assertTrue(upstash.databases().get(db.databaseId()).eviction());
    upstash.databases().updateRegions(db.databaseId(), List.of("us-east-1"));
    assertEquals("sessions", upstash.databases().rename(db.databaseId(), "sessions").databaseName());
    RedisDatabase reset = upstash.databases().resetPassword(db.databaseId());
    assertNotEquals(db.restToken(), reset.restToken());
    assertThrows(com.wekruit.valet.error.UnauthorizedException.class, () -> redis.execute("GET", "greeting"),
        "the old token is revoked");
    assertNull(upstash.databases().getWithoutCredentials(db.databaseId()).password());
    assertEquals(1, upstash.databases().list().size());

    upstash.databases().delete(db.databaseId());
    // straight to the fake: the spec declares no 404
    UpstashClient direct = UpstashClient.builder().credentials(EMAIL, API_KEY).baseUrl(fake.baseUrl()).build();
    NotFoundException gone = assertThrows(NotFoundException.class, () -> direct.databases().get(db.databaseId()));
    assertEquals("database not found", gone.error().message());
  }

  @Test
  void binaryValues_survive_base64Responses() {
    RedisDatabase db = upstash.databases().create(CreateDatabaseRequest.builder("bin", "eu-central-1").build());
    UpstashRedis redis = redisFor(db);
    redis.execute("SET", "bin", "\u00ff\u00fe caf\u00e9");
    assertEquals("\u00ff\u00fe caf\u00e9", redis.execute("GET", "bin").asString());
    assertEquals("PONG", redis.execute("PING").asString());
  }
}
