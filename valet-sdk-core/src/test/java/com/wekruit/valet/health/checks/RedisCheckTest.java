package com.wekruit.valet.health.checks;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.Deadline;
import com.wekruit.valet.health.HealthStatus;
import com.wekruit.valet.health.LoopbackServer;
import com.wekruit.valet.health.Reason;
import com.wekruit.valet.testing.SilentServer;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/** Against a real Redis 6.2 (embedded binary), with and without requirepass. */
class RedisCheckTest {

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static Deadline seconds(long s) {
    return Deadline.in(TimeUnit.SECONDS.toNanos(s));
  }

  @Test
  void ping_andInfo_sayWhenMaxmemoryIsUnlimited_andReconnectAfterRestart() throws Exception {
    int port = freePort();
    RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").build();
    redis.start();
    RedisCheck check = RedisCheck.builder("127.0.0.1", port).info(true).build();
    try {
      CheckResult r = check.check(seconds(2));
      assertEquals(HealthStatus.UP, r.status(), String.valueOf(r));
      assertEquals(0L, r.details().get("maxmemory"));
      assertTrue(String.valueOf(r.details().get("memoryLimit")).startsWith("none"));
      assertTrue((Long) r.details().get("usedMemory") > 0);
      assertTrue((Long) r.details().get("connectedClients") >= 1);
      redis.stop();
      assertEquals(Reason.CONNECT_FAILED, check.check(seconds(2)).reason());
      redis.start();
      assertEquals(HealthStatus.UP, check.check(seconds(2)).status(), "a fresh connection after the restart");
    } finally {
      check.close();
      redis.stop();
    }
  }

  @Test
  void requirepass_withoutOrWithWrongPassword_isAuthFailed_withItIsUp() throws Exception {
    int port = freePort();
    RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("requirepass s3cret-pw")
        .setting("maxmemory 64mb").build();
    redis.start();
    try {
      CheckResult none = RedisCheck.builder("127.0.0.1", port).build().check(seconds(2));
      assertEquals(HealthStatus.DEGRADED, none.status());
      assertEquals(Reason.AUTH_FAILED, none.reason());
      RedisCheck wrong = RedisCheck.builder("127.0.0.1", port).password("nope").build();
      assertEquals(Reason.AUTH_FAILED, wrong.check(seconds(2)).reason());
      RedisCheck right = RedisCheck.builder("127.0.0.1", port).password("s3cret-pw").memoryLimit(80).build();
      CheckResult ok = right.check(seconds(2));
      assertEquals(HealthStatus.UP, ok.status(), String.valueOf(ok));
      assertEquals(64L * 1024 * 1024, ok.details().get("maxmemory"));
      assertTrue((Double) ok.details().get("usedMemoryPercent") < 80);
      assertFalse(right.toString().contains("s3cret-pw"));
      right.close();
    } finally {
      redis.stop();
    }
  }

  @Test
  void serverThatNeverAnswers_isATimeout() throws Exception {
    try (SilentServer silent = SilentServer.neverAnswers()) {
      CheckResult r = RedisCheck.builder("127.0.0.1", silent.port()).build()
          .check(Deadline.in(TimeUnit.MILLISECONDS.toNanos(300)));
      assertEquals(Reason.TIMEOUT, r.reason());
      assertEquals(HealthStatus.DOWN, r.status());
    }
  }

  @Test
  void anHttpServerOnTheRedisPort_isDownBadResponse() throws Exception {
    try (LoopbackServer http = LoopbackServer.replying(
        "HTTP/1.1 400 Bad Request\r\nContent-Length: 11\r\nConnection: close\r\n\r\nBad Request")) {
      CheckResult r = RedisCheck.builder("127.0.0.1", http.port()).build().check(seconds(2));
      assertEquals(HealthStatus.DOWN, r.status(), String.valueOf(r));
      assertEquals(Reason.BAD_RESPONSE, r.reason());
    }
  }

  @Test
  void pingAnsweredWithErrUnknownCommand_isDownBadResponse() throws Exception {
    int port = freePort();
    RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1")
        .setting("rename-command PING \"\"").build();
    redis.start();
    try {
      CheckResult r = RedisCheck.builder("127.0.0.1", port).build().check(seconds(2));
      assertEquals(HealthStatus.DOWN, r.status(), String.valueOf(r));
      assertEquals(Reason.BAD_RESPONSE, r.reason());
      assertEquals("ERR", r.details().get("reply"));
    } finally {
      redis.stop();
    }
  }

  @Test
  void aMalformedInfoLength_isDownBadResponse_notAnException() throws Exception {
    try (LoopbackServer fake = LoopbackServer.replying("+PONG\r\n", "$12x4\r\nused_memory:1\r\n")) {
      CheckResult r = RedisCheck.builder("127.0.0.1", fake.port()).info(true).build().check(seconds(2));
      assertEquals(HealthStatus.DOWN, r.status(), String.valueOf(r));
      assertEquals(Reason.BAD_RESPONSE, r.reason());
    }
    try (LoopbackServer fake = LoopbackServer.replying("+PONG\r\n", "$13\r\nused_memory:x\r\n", "$0\r\n\r\n")) {
      CheckResult r = RedisCheck.builder("127.0.0.1", fake.port()).info(true).build().check(seconds(2));
      assertEquals(Reason.BAD_RESPONSE, r.reason(), "a malformed INFO value: " + r);
    }
  }

  /**
   * The cut-off stays armed across runs: runs that end in time are never cut, however many deadlines pass while they
   * go on; a run with an earlier deadline than the armed one, and one with a later deadline, are each cut at their own.
   */
  @Test
  void theCutOff_cutsOnlyARunPastItsOwnDeadline_whicheverWasArmedBefore() throws Exception {
    byte[] pong = "+PONG\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    java.util.concurrent.atomic.AtomicBoolean trickle = new java.util.concurrent.atomic.AtomicBoolean();
    try (LoopbackServer redis = LoopbackServer.start((in, out) -> {
      byte[] buf = new byte[64];
      while (in.read(buf) >= 0) {
        for (int i = 0; i < pong.length; i++) { // trickled: every read gets a byte before its socket timeout
          out.write(pong, i, trickle.get() ? 1 : pong.length - i);
          out.flush();
          if (!trickle.get()) break;
          try {
            com.wekruit.valet.testing.Stall.of(java.time.Duration.ofMillis(150));
          } catch (InterruptedException e) {
            return;
          }
        }
      }
    })) {
      RedisCheck check = RedisCheck.builder("127.0.0.1", redis.port()).build();
      Deadline first = Deadline.in(TimeUnit.MILLISECONDS.toNanos(100));
      assertEquals(HealthStatus.UP, check.check(first).status());
      Deadline probing = Deadline.in(TimeUnit.MILLISECONDS.toNanos(400));
      while (!probing.expired()) assertEquals(HealthStatus.UP, check.check(seconds(2)).status());
      assertEquals(1, redis.acceptedConnections(), "a run that ended in time was cut off");
      trickle.set(true);
      assertCutOffAt(check, 300); // earlier than the 2 s deadline armed last
      assertCutOffAt(check, 900); // later than the 300 ms one armed before
      check.close();
    }
  }

  private static void assertCutOffAt(RedisCheck check, long deadlineMillis) {
    long start = System.nanoTime();
    CheckResult r = check.check(Deadline.in(TimeUnit.MILLISECONDS.toNanos(deadlineMillis)));
    long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertEquals(Reason.TIMEOUT, r.reason(), String.valueOf(r));
    assertTrue(took >= deadlineMillis && took < deadlineMillis + 400, "took " + took + " ms on " + deadlineMillis);
  }
}
