package com.wekruit.valet.spi;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.ApiError;
import com.wekruit.valet.error.ServerErrorException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.http.BreakerPolicy;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import org.junit.jupiter.api.Test;

/** The small parts under the transport: sockets, the body bound, the adapter cache, the breaker, credentials. */
class TransportPartsTest {

  @Test
  void everySocketHasNoDelay_andWrappingIsIdempotent() throws Exception {
    SocketFactory f = NoDelaySockets.wrap(SocketFactory.getDefault());
    assertSame(f, NoDelaySockets.wrap(f));
    InetAddress lo = InetAddress.getLoopbackAddress();
    try (ServerSocket server = new ServerSocket(0, 50, lo)) {
      int port = server.getLocalPort();
      List<Socket> sockets = new ArrayList<>();
      try {
        sockets.add(f.createSocket());
        sockets.add(f.createSocket(lo.getHostAddress(), port));
        sockets.add(f.createSocket(lo.getHostAddress(), port, lo, 0));
        sockets.add(f.createSocket(lo, port));
        sockets.add(f.createSocket(lo, port, lo, 0));
        for (Socket s : sockets) assertTrue(s.getTcpNoDelay(), s.toString());
        assertTrue(sockets.get(1).isConnected());
      } finally {
        for (Socket s : sockets) s.close();
      }
    }
  }

  @Test
  void boundedSource_readsUpToTheLimit_andNeverMuchMore() throws Exception {
    BufferedSource exact = Okio.buffer(new BoundedSource(new Buffer().writeUtf8("0123456789"), 10));
    assertEquals("0123456789", exact.readUtf8());

    Buffer big = new Buffer().writeUtf8("x".repeat(100));
    BoundedSource over = new BoundedSource(big, 10);
    Buffer sink = new Buffer();
    assertEquals(4, over.read(sink, 4));
    BoundedSource.TooLarge e = assertThrows(BoundedSource.TooLarge.class, () -> over.read(sink, 8192));
    assertEquals("response body larger than 10 bytes", e.getMessage());
    assertEquals(11, sink.size(), "one byte past the limit proves it, nothing more is read");
    assertEquals(89, big.size());
  }

  @Test
  void followUpGuard_refusesASecondSendOfTheSameAttempt_andHidesA503sRetryAfter() throws Exception {
    try (FaultServer server = new FaultServer()) {
      server.then(Reply.of(307, null, "", "Location", "/moved"), Reply.json(503, "{}", "Retry-After", "0"))
          .otherwise(Reply.json(200, "{}"));
      OkHttpClient client = new OkHttpClient.Builder().addNetworkInterceptor(new FollowUpGuard()).build();
      Request attempt = new Request.Builder().url(server.url() + "/first")
          .tag(FollowUpGuard.Sends.class, new FollowUpGuard.Sends()).build();
      assertThrows(FollowUpGuard.FollowUpRefused.class, () -> client.newCall(attempt).execute().close());
      assertEquals(1, server.received().size(), "the redirect was not followed");
      try (Response r = client.newCall(new Request.Builder().url(server.url() + "/second")
          .tag(FollowUpGuard.Sends.class, new FollowUpGuard.Sends()).build()).execute()) {
        assertEquals(503, r.code());
        assertNull(r.header("Retry-After"));
        assertEquals("0", r.header(FollowUpGuard.HIDDEN_RETRY_AFTER));
      }
      assertEquals(2, server.received().size(), "OkHttp did not repeat the 503 on its own");
    }
  }

  record OnlyHere(int value) {}

  @Test
  void adapters_areBuiltOnce_andCached() throws Exception {
    var a = JsonAdapters.<OnlyHere>of(OnlyHere.class);
    assertNotNull(a);
    assertSame(a, JsonAdapters.of(OnlyHere.class));
    assertEquals(new OnlyHere(3), a.fromJson("{\"value\":3}"));
  }

  @Test
  void breaker_countsOnlyOutages() {
    ApiError error = new ApiError("p", "GET", "/", 503, null, null, null, null, null, null);
    assertTrue(Breakers.isOutage(new ServerErrorException(error, 1, true)));
    assertTrue(Breakers.isOutage(new ValetClientException(Kind.IO, "io", null, 1, true)));
    assertTrue(Breakers.isOutage(new ValetClientException(Kind.TIMEOUT, "t", null, 1, true)));
    assertFalse(Breakers.isOutage(new ValetClientException(Kind.PROTOCOL, "p", null, 1, true)));
    assertFalse(Breakers.isOutage(new IllegalStateException()));

    CircuitBreaker off = Breakers.of("p", BreakerPolicy.disabled(), new FakeTime());
    for (int i = 0; i < 200; i++) off.onError(1, TimeUnit.MILLISECONDS, new ServerErrorException(error, 1, true));
    assertEquals(0, off.getMetrics().getNumberOfFailedCalls());
    assertEquals(CircuitBreaker.State.CLOSED, off.getState());
  }

  @Test
  void credentials_refuseSpacesAndControlCharacters_andNeverShowThemselves() {
    for (String bad : List.of("a b", "a\u007fb", "a\tb", "tök")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Credentials.bearer(bad));
      assertFalse(e.getMessage().contains(bad));
    }
    assertThrows(IllegalArgumentException.class, () -> Credentials.bearer(" "));
    assertThrows(IllegalArgumentException.class, () -> Credentials.headers("X-Key"));
    assertThrows(IllegalArgumentException.class, () -> Credentials.headers("X-Key", "a~b", "X-Other", "a b"));
    Credentials ok = Credentials.bearer("a!~z");
    assertEquals(List.of("a!~z"), ok.secrets());
    assertEquals("BearerToken[****]", ok.toString());
    assertEquals("Credentials[headers ****]", Credentials.headers("X-Key", "k1k1k1").toString());
    assertEquals("Credentials[none]", Credentials.NONE.toString());
    assertEquals(List.of(), Credentials.NONE.secrets());
  }
}
