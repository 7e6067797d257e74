package com.wekruit.valet.health.checks;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.Deadline;
import com.wekruit.valet.health.HealthStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A target that closes idle keep-alive connections sooner than the check interval (Node's 5 s, the JDK server's 30 s)
 * leaves a dead connection in the probe's pool: the next probe must not report that as the target's failure.
 */
class HttpCheckStaleConnectionTest {

  @Test
  void aKeepAliveConnectionTheServerClosedIsNotTheTargetsFailure() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread t = new Thread(() -> serveOneRequestPerConnection(server, requests), "closing-server");
      t.setDaemon(true);
      t.start();
      HttpCheck check = HttpCheck.get("http://127.0.0.1:" + server.getLocalPort() + "/health").build();
      for (int i = 1; i <= 3; i++) {
        CheckResult r = check.check(Deadline.in(TimeUnit.SECONDS.toNanos(5)));
        assertEquals(HealthStatus.UP, r.status(), "probe " + i + ": " + r);
      }
      assertEquals(3, requests.get(), "each probe answered once");
    }
  }

  /** Answers one request per connection, announcing keep-alive, then closes it as an idle timeout would. */
  private static void serveOneRequestPerConnection(ServerSocket server, AtomicInteger requests) {
    while (!server.isClosed()) {
      try (Socket s = server.accept()) {
        InputStream in = s.getInputStream();
        int state = 0;
        while (state < 4) {
          int b = in.read();
          if (b < 0) break;
          state = (b == '\r' && state % 2 == 0) || (b == '\n' && state % 2 == 1) ? state + 1 : 0;
        }
        if (state < 4) continue;
        requests.incrementAndGet();
        s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok")
            .getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
      } catch (IOException e) {
        // closed: the test is over
      }
    }
  }
}
