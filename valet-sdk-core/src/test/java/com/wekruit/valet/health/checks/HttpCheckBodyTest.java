package com.wekruit.valet.health.checks;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.Deadline;
import com.wekruit.valet.health.HealthStatus;
import com.wekruit.valet.health.LoopbackServer;
import com.wekruit.valet.health.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@code bodyContains} against a loopback server streaming an endless chunked body: bounded, stops at the match. */
class HttpCheckBodyTest {
  private static final Duration DEADLINE = Duration.ofSeconds(10);
  private final AtomicLong served = new AtomicLong();

  /** Answers 200 with an endless chunked body: {@code prefix}, then 1 KB chunks of 'x' until the client leaves. */
  private LoopbackServer endless(String prefix) throws IOException {
    byte[] chunk = new byte[1024];
    Arrays.fill(chunk, (byte) 'x');
    return LoopbackServer.start((in, out) -> {
      in.read(new byte[4096]);
      out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      writeChunk(out, prefix.getBytes(StandardCharsets.UTF_8));
      while (true) writeChunk(out, chunk);
    });
  }

  private void writeChunk(OutputStream out, byte[] data) throws IOException {
    if (data.length == 0) return;
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
    served.addAndGet(data.length);
  }

  private static CheckResult check(LoopbackServer server, String keyword) {
    HttpCheck check = HttpCheck.get("http://127.0.0.1:" + server.port() + "/").bodyContains(keyword).build();
    try {
      return check.check(Deadline.in(DEADLINE));
    } finally {
      check.close();
    }
  }

  @Test
  void anEndlessBodyWithoutTheKeyword_isBadResponseAfterTheLimit_notATimeout() throws Exception {
    try (LoopbackServer server = endless("")) {
      CheckResult r = check(server, "needle");
      assertEquals(HealthStatus.DOWN, r.status(), String.valueOf(r));
      assertEquals(Reason.BAD_RESPONSE, r.reason(), "reading stopped at the bound instead of running to the deadline");
      assertTrue(r.message().contains("64 KB"), r.message());
      assertTrue(served.get() >= HttpCheck.KEYWORD_SCAN_LIMIT, "the server sent the bound before the check gave up");
    }
  }

  @Test
  void anEndlessBodyWithTheKeywordEarly_isUp() throws Exception {
    try (LoopbackServer server = endless("{\"status\":\"ready\"}")) {
      assertEquals(HealthStatus.UP, check(server, "ready").status());
    }
  }

  @Test
  void aKeywordAcrossASegmentBoundary_isFound_andOnePastTheLimitIsNot() throws Exception {
    String before = "y".repeat(8190); // okio reads 8 KB segments: the keyword straddles the first boundary
    try (LoopbackServer server = endless(before + "needle")) {
      assertEquals(HealthStatus.UP, check(server, "needle").status());
    }
    String beyond = "y".repeat((int) HttpCheck.KEYWORD_SCAN_LIMIT - 5);
    try (LoopbackServer server = endless(beyond + "needle")) {
      assertEquals(Reason.BAD_RESPONSE, check(server, "needle").reason(), "ends one byte past the bound");
    }
    try (LoopbackServer server = endless(beyond.substring(1) + "needle")) {
      assertEquals(HealthStatus.UP, check(server, "needle").status(), "ends exactly at the bound");
    }
  }
}
