package com.wekruit.valet.http;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.LocalHttp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The transport on its own, with a provider-neutral error model, against real local servers. */
class HttpTransportTest {
  record Thing(long id, String displayName) {}

  static final ProviderErrors PLAIN = new ProviderErrors() {
    @Override
    public ParsedError parse(int status, String contentType, String body) {
      return new ParsedError(null, null);
    }

    @Override
    public boolean retryable(int status, String code, boolean idempotent) {
      return idempotent && status >= 500;
    }

    @Override
    public String requestIdHeader() {
      return "X-Request-Id";
    }
  };

  static final class TestBuilder extends ClientBuilder<TestBuilder> {
    HttpTransport build() {
      return transport("test", "https://example.invalid", BearerToken.of("transport-test-token"), PLAIN);
    }
  }

  /** Serves a response that promises 2000 bytes, sends 20, and closes: truncated on the wire. */
  static final class TruncatingServer implements AutoCloseable {
    final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    final AtomicInteger served = new AtomicInteger();
    final Thread thread = new Thread(this::serve, "truncating");

    TruncatingServer() throws IOException {
      thread.setDaemon(true);
      thread.start();
    }

    private void serve() {
      while (!server.isClosed()) {
        try (Socket s = server.accept()) {
          s.getInputStream().read(new byte[4096]);
          OutputStream out = s.getOutputStream();
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n"
              + "{\"id\":1,\"display_na").getBytes(StandardCharsets.US_ASCII));
          out.flush();
          served.incrementAndGet();
        } catch (IOException closed) {
          return;
        }
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }

  @Test
  void bodyTruncatedOnTheWire_isAnIoFailure_retriedForGet_andRecordedOncePerAttempt() throws Exception {
    FakeTime time = new FakeTime();
    try (TruncatingServer server = new TruncatingServer()) {
      HttpTransport http = new TestBuilder().baseUrl("http://127.0.0.1:" + server.server.getLocalPort())
          .retryPolicy(RetryPolicy.builder().maxAttempts(3).build()).clock(time).sleeper(time).build();
      ValetClientException e = assertThrows(ValetClientException.class,
          () -> http.execute(ApiCall.<Thing>get("/things/1", Thing.class)));
      assertEquals(ValetClientException.Kind.IO, e.kind(), e.getMessage());
      assertEquals(3, e.attempts());
      assertEquals(3, server.served.get());
      assertEquals(3, http.circuitBreaker().getMetrics().getNumberOfFailedCalls());
      assertEquals(0, http.circuitBreaker().getMetrics().getNumberOfSuccessfulCalls());
      assertFalse(e.getMessage().contains("transport-test-token"));
    }
  }

  @Test
  void decodesRecordsIgnoringUnknownFields_andRecordsSuccess() throws Exception {
    try (LocalHttp server = LocalHttp.http().route("/things/7", 200, "application/json",
        "{\"id\":7,\"display_name\":\"seven\",\"extra\":[1,2]}")) {
      HttpTransport http = new TestBuilder().baseUrl(server.url("")).build();
      assertEquals(new Thing(7, "seven"), http.execute(ApiCall.<Thing>get("/things/7", Thing.class)));
      assertEquals(1, http.circuitBreaker().getMetrics().getNumberOfSuccessfulCalls());
    }
  }
}
