package com.wekruit.valet.health;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The health endpoint on the JDK HttpServer, against slow and garbage clients. */
class HealthEndpointTest {
  private HealthMonitor monitor;
  private HttpServer server;
  private String base;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @BeforeEach
  void start() throws Exception {
    monitor = HealthMonitor.builder().add("db", d -> CheckResult.up(), o -> o.groups("readiness"))
        .group("liveness").build();
    monitor.runNow();
    server = HealthHttpHandler.serve(new InetSocketAddress("127.0.0.1", 0), "/api/v1/health",
        new HealthHttpHandler(monitor), 4, Duration.ofMillis(300));
    server.createContext("/livez", new HealthHttpHandler(monitor, "liveness", e -> false));
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    monitor.close();
  }

  private HttpResponse<String> get(String path, String method) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(2))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aClientSendingHalfARequestLine_delaysNoOne_andIsCutOffAfterTheReadTimeout() throws Exception {
    try (Socket slow = new Socket("127.0.0.1", server.getAddress().getPort());
         Socket garbage = new Socket("127.0.0.1", server.getAddress().getPort())) {
      OutputStream out = slow.getOutputStream();
      out.write("GET /api/v1/hea".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      garbage.getOutputStream().write(new byte[] {0, (byte) 0xff, 13, 10, 13, 10, 7});
      garbage.getOutputStream().flush();
      for (int i = 0; i < 10; i++) {
        long start = System.nanoTime();
        assertEquals(200, get("/api/v1/health", "GET").statusCode());
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(tookMs < 250, "request " + i + " took " + tookMs + " ms behind a slow client");
      }
      slow.setSoTimeout(3_000);
      long start = System.nanoTime();
      InputStream in = slow.getInputStream();
      assertTrue(in.read() < 0 || in.read(new byte[4096]) >= 0, "the slow client is answered or dropped");
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "cut off after the read timeout");
    }
  }

  @Test
  void onlyTheExactPathAnswers_headHasNoBody_andGroupsHaveTheirOwnPaths() throws Exception {
    assertEquals(404, get("/api/v1/healthXYZ", "GET").statusCode());
    assertEquals(404, get("/api/v1/health/extra", "GET").statusCode());
    HttpResponse<String> head = get("/api/v1/health", "HEAD");
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
    assertEquals(405, get("/api/v1/health", "POST").statusCode());
    assertEquals("{\"status\":\"UP\",\"checks\":{}}", get("/livez", "GET").body());
    assertEquals(200, get("/api/v1/health?details=false", "GET").statusCode());
  }
}
