package com.wekruit.valet.health;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.health.checks.HttpCheck;
import com.wekruit.valet.health.checks.PostgresCheck;
import com.wekruit.valet.health.checks.RedisCheck;
import com.wekruit.valet.health.checks.TcpCheck;
import com.wekruit.valet.health.checks.TlsCertificateCheck;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code close()} while probes hang on real loopback servers: cancelled, sockets released, nothing recorded after. */
class HealthLifecycleTest {

  @Test
  void close_cancelsHangingProbes_releasesEverySocket_andRecordsNothingAfter() throws Exception {
    try (LoopbackServer http = LoopbackServer.silent();
         LoopbackServer redis = LoopbackServer.silent();
         LoopbackServer pg = LoopbackServer.silent();
         LoopbackServer tls = LoopbackServer.silent();
         LoopbackServer tcp = LoopbackServer.silent()) {
      HealthMonitor m = HealthMonitor.builder().poolSize(8)
          .interval(Duration.ofMinutes(1)).timeout(Duration.ofSeconds(10))
          .add("http", HttpCheck.get("http://127.0.0.1:" + http.port() + "/").build())
          .add("redis", RedisCheck.builder("127.0.0.1", redis.port()).build())
          .add("pg", PostgresCheck.builder("jdbc:postgresql://127.0.0.1:" + pg.port() + "/db").user("u").build())
          .add("tls", TlsCertificateCheck.builder("127.0.0.1", tls.port()).build())
          .add("tcp", TcpCheck.of("127.0.0.1", tcp.port()))
          .build();
      m.runDue();
      for (LoopbackServer s : new LoopbackServer[] {http, redis, pg, tls}) {
        assertTrue(s.awaitAccepted(1, Duration.ofSeconds(5)), "every probe is in flight");
      }
      Set<Thread> workers = m.workers.liveThreads();
      long start = System.nanoTime();
      m.close();
      long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(tookMs < 1_000, "close took " + tookMs + " ms");
      for (LoopbackServer s : new LoopbackServer[] {http, redis, pg, tls, tcp}) {
        assertTrue(s.awaitAllClosedByClient(Duration.ofMillis(200)), "a socket outlived close()");
      }
      for (Thread t : workers) assertFalse(t.isAlive(), t.getName() + " outlived close()");
      for (String name : new String[] {"http", "redis", "pg", "tls"}) {
        assertEquals(Reason.NOT_YET_RUN, m.report().check(name).reason(), name + ": recorded after close");
      }
      assertThrows(IllegalStateException.class, m::runNow);
    }
  }
}
