package com.wekruit.valet.scaling;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.internal.RespConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/** Against an embedded Redis: dry run changes nothing, a raise is applied and read back, host memory caps it. */
class RedisMaxmemoryActuatorTest {
  int port;
  RedisServer redis;
  RespConnection c;

  @BeforeEach
  void start() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("maxmemory 64mb").build();
    redis.start();
    c = new RespConnection(new Socket(), "127.0.0.1", port, 2000);
    c.timeout(2000);
  }

  @AfterEach
  void stop() throws Exception {
    c.close();
    redis.stop();
  }

  long maxmemory() throws Exception {
    c.send(RespConnection.command("INFO", "memory"));
    return Long.parseLong(RespConnection.parseInfo(c.readBulk()).get("maxmemory"));
  }

  static ScalingDecision step() {
    return new ScalingDecision("redis_memory", Instant.EPOCH, 0, 85, 80, 1.06, 0, false, 1, 1, 1, 1, 1, 1,
        ScaleAction.STEP_UP, "test", 0, false);
  }

  @Test
  void dryRunByDefaultThenAppliedAndReadBack() throws Exception {
    long before = maxmemory();
    assertEquals(64L << 20, before);
    Actuation plan = RedisMaxmemoryActuator.builder("127.0.0.1", port).build().act(step());
    assertEquals(Actuation.Outcome.PLANNED, plan.outcome());
    assertEquals("CONFIG SET maxmemory " + (80L << 20), plan.steps().get(0), "64 MiB × 1.25");
    assertEquals(before, maxmemory(), "a dry run changes nothing");
    Actuation done = RedisMaxmemoryActuator.builder("127.0.0.1", port).dryRun(false).build().act(step());
    assertEquals(Actuation.Outcome.APPLIED, done.outcome(), done.detail());
    assertEquals(80L << 20, maxmemory());
  }

  @Test
  void refusesToExceedHostMemoryMinusMargin() throws Exception {
    RedisMaxmemoryActuator capped = RedisMaxmemoryActuator.builder("127.0.0.1", port).dryRun(false)
        .hostMemoryBytes(100L << 20).marginBytes(30L << 20).build();
    Actuation first = capped.act(step());
    assertEquals(Actuation.Outcome.APPLIED, first.outcome());
    assertEquals(70L << 20, maxmemory(), "capped at 100 - 30 MiB");
    assertTrue(first.steps().get(0).contains("capped"), first.steps().get(0));
    Actuation second = capped.act(step());
    assertEquals(Actuation.Outcome.REFUSED, second.outcome(), second.detail());
    assertEquals(70L << 20, maxmemory());
    ScalingDecision none = new ScalingDecision("r", Instant.EPOCH, 0, 1, 80, 0, 0, false, 0, 0, 0, 0, 0, 0,
        ScaleAction.NONE, "", 0, false);
    assertEquals(Actuation.Outcome.SKIPPED, capped.act(none).outcome());
  }
}
