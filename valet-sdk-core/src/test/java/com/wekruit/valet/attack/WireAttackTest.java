package com.wekruit.valet.attack;

import static com.wekruit.valet.attack.RawServer.write;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.http.BreakerPolicy;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.ResponseCodec;
import com.wekruit.valet.testing.FakeTime;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Promises 1-3 against raw bytes on the wire. */
class WireAttackTest {
  private final FakeTime time = new FakeTime();

  private AttackApi.Builder builder(RawServer s) {
    return new AttackApi.Builder().baseUrl(s.url()).clock(time).ticker(time).sleeper(time)
        .readTimeout(Duration.ofMillis(700)).callTimeout(Duration.ofSeconds(3));
  }

  /** Runs the call; anything but a ValetException (or success) is a broken promise. */
  private static Object outcome(HttpTransport http, ApiCall<?> call) {
    try {
      return http.execute(call);
    } catch (ValetException e) {
      return e;
    }
  }

  @Test
  void postAnsweredBeforeItsBodyIsRead_isSentOnce_andSaysItMayHaveTakenEffect() throws Exception {
    byte[] big = new byte[4 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    ApiCall<String> call = ApiCall.<String>builder("POST", "/upload", ResponseCodec.text())
        .content(com.wekruit.valet.spi.RequestContent.bytes(big, "application/octet-stream", null)).build();
    for (String answer : List.of("HTTP/1.1 500 Oops\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}",
        "HTTP/1.1 413 Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        "HTTP/1.1 100 Continue\r\n\r\n")) {
      try (RawServer s = new RawServer((n, head, in, out) -> {
        write(out, answer);
        com.wekruit.valet.testing.Stall.of(java.time.Duration.ofMillis(200)); // keep the connection open a while
      })) {
        ValetException e = assertThrows(ValetException.class, () -> builder(s).build().execute(call), answer);
        assertEquals(1, s.count(), answer);
        if (!answer.contains("413")) assertTrue(e.mayHaveTakenEffect(), answer + " -> " + e);
      }
    }
  }

  @Test
  void postSeesEveryFollowUpStatus_onlyOnce() throws Exception {
    List<String> answers = List.of(
        "HTTP/1.1 503 X\r\nRetry-After: 0\r\nRetry-After: 0\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 503 X\r\nretry-after:0\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 503 X\r\nRetry-After:  0 \r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 408 X\r\nRetry-After: 0\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 421 X\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 308 X\r\nLocation: /again\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 303 X\r\nLocation: http://127.0.0.1:1/\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 407 X\r\nProxy-Authenticate: Basic realm=x\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 401 X\r\nWWW-Authenticate: Bearer error=invalid_token\r\nContent-Length: 0\r\n\r\n");
    for (String a : answers) {
      try (RawServer s = new RawServer((n, head, in, out) -> {
        RawServer.body(head, in);
        write(out, a);
      })) {
        HttpTransport http = builder(s).okHttpClient(new okhttp3.OkHttpClient.Builder()
            .proxyAuthenticator((route, response) -> response.request().newBuilder().header("Proxy-Authorization", "x").build())
            .build()).build();
        Object o = outcome(http, AttackApi.postThing());
        assertInstanceOf(ValetException.class, o, a);
        assertEquals(1, s.count(), a + " -> " + o);
      }
    }
  }

  @Test
  void oddStatusesAndHeaders_allEndInTypedErrors() throws Exception {
    List<String> answers = new ArrayList<>(List.of(
        "HTTP/1.1 000 Zero\r\nContent-Length: 2\r\n\r\n{}",
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\nConnection: Upgrade\r\n\r\n",
        "HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n",
        "HTTP/1.1 199 Odd\r\n\r\n",
        "HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nhello",
        "HTTP/1.1 205 Reset\r\nContent-Length: 3\r\n\r\nabc",
        "HTTP/1.1 304 Not Modified\r\nContent-Length: 2\r\n\r\n{}",
        "HTTP/1.1 600 Beyond\r\nContent-Length: 2\r\n\r\n{}",
        "HTTP/1.1 999 Max\r\nContent-Length: 2\r\n\r\n{}",
        "HTTP/1.1 2OO OK\r\n\r\n",
        "HTTP/1.1 -200 OK\r\n\r\n",
        "HTTP/2.0 200 OK\r\nContent-Length: 2\r\n\r\n{}",
        "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"thing\":{\"id\":7}}",
        "HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n{\"thing\":{\"id\":7}}",
        "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\n{\"thing\":{\"id\":7}}",
        "HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n{\"thing\":{\"id\":7}}",
        "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 19\r\n\r\n{\"thing\":{\"id\":7}}",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\nx",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\nx",
        "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 17\r\n\r\n{\"thing\":{\"id\":7}",
        "HTTP/1.1 500 X\r\nContent-Encoding: gzip\r\nContent-Length: 17\r\n\r\n{\"thing\":{\"id\":7}",
        "HTTP/1.1 200 OK\r\nContent-Encoding: br\r\nContent-Length: 4\r\n\r\n\u00ff\u00fe\u0000\u0001",
        "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 4\r\n\r\n\u0089PNG",
        "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-16\r\nContent-Length: 4\r\n\r\n\u00fe\u00ff\u0000{",
        "HTTP/1.1 429 X\r\nRetry-After: \u0663\u0663\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 429 X\r\nRetry-After: 99999999999999999999999999\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 429 X\r\nRetry-After: Fri, 31 Dec 9999 23:59:59 GMT\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 429 X\r\nRetry-After: Thu, 01 Jan 1970 00:00:00 GMT\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 429 X\r\nRetry-After: -3\r\nRateLimit-Limit: 0\r\nRateLimit-Remaining: 0\r\nRateLimit-Reset: 999999999999999999\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 200 OK\r\nRateLimit-Limit: 999999999\r\nRateLimit-Remaining: -1\r\nRateLimit-Reset: 1e9\r\nContent-Length: 17\r\n\r\n{\"thing\":{\"id\":7}}",
        "HTTP/1.1 200 OK\r\nX\u0000Bad: \u0000\u0001\r\n: empty name\r\nno colon line\r\nContent-Length: 18\r\n\r\n{\"thing\":{\"id\":7}}",
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 30\r\n\r\n{\"thing\":{\"id\":7}}",
        "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Le",
        "HTTP/1.1 200",
        "\r\n\r\n",
        "HTTP/1.1 200 OK\n\n{\"thing\":{\"id\":7}}"));
    for (String a : answers) {
      try (RawServer s = new RawServer((n, head, in, out) -> {
        RawServer.body(head, in);
        write(out, a);
      })) {
        HttpTransport http = builder(s).retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
            .breakerPolicy(new BreakerPolicy(2, 1, 50, Duration.ofSeconds(1), 1, true)).build();
        for (ApiCall<?> call : List.of(AttackApi.getThing(), AttackApi.postThing())) {
          Object o;
          try {
            o = http.execute(call);
          } catch (ValetException e) {
            o = e;
          } catch (Throwable raw) {
            throw new AssertionError("raw " + raw + " escaped for " + a.replace("\r\n", "\\r\\n"), raw);
          }
          time.advance(Duration.ofDays(2));
          assertNotEquals("HALF_OPEN", http.breakerState(), a);
        }
      }
    }
  }

  @Test
  void concatenatedOrTrailingGarbageAfterJson_isUndecodable() throws Exception {
    for (String body : List.of("{\"thing\":{\"id\":7}}{\"thing\":{\"id\":666}}", "{\"thing\":{\"id\":7}}<html>502</html>")) {
      try (RawServer s = new RawServer((n, head, in, out) -> write(out,
          "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body))) {
        Object o = outcome(builder(s).build(), AttackApi.getThing());
        ValetClientException e = assertInstanceOf(ValetClientException.class, o, body + " was decoded as " + o);
        assertEquals(Kind.UNDECODABLE_BODY, e.kind());
      }
    }
  }

  @Test
  void badJsonOfEveryKind_isUndecodable() throws Exception {
    List<String> bodies = List.of("", "null", "[]", "[", "{", "{\"thing\":", "{\"thing\":{\"id\":1e400}}",
        "{\"thing\":{\"id\":\"x\"}}", "{\"thing\":{\"id\":9223372036854775808}}", "{\"thing\":{\"id\":1.5}}",
        "{\"thing\":{\"id\":NaN}}", "\uFEFF{\"thing\":{\"id\":1}}", "{'thing':{'id':1}}", "{\"thing\":{\"id\":null}}",
        "{\"thing\":null}", "{\"thing\":[]}", "{\"thing\":{\"id\":1,\"tags\":\"a\"}}",
        "[".repeat(100_000), "{\"a\":".repeat(50_000), "{\"thing\":{\"id\":1,\"x\":" + "[".repeat(5000) + "}}",
        "\u0000\u0000", "\"" + "a".repeat(1000));
    for (String body : bodies) {
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      try (RawServer s = new RawServer((n, head, in, out) -> {
        write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + b.length + "\r\n\r\n");
        out.write(b);
      })) {
        Object o = outcome(builder(s).build(), AttackApi.getThing());
        String shown = body.length() > 40 ? body.substring(0, 40) + "..." : body;
        ValetClientException e = assertInstanceOf(ValetClientException.class, o, shown + " -> " + o);
        assertEquals(Kind.UNDECODABLE_BODY, e.kind(), shown);
      }
    }
  }

  private static byte[] gzipZeros(int n) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      for (int i = 0; i < n / chunk.length; i++) gz.write(chunk);
    }
    return bytes.toByteArray();
  }

  @Test
  void gzipBombs_successAndErrorBodies_stopAtTheLimit() throws Exception {
    byte[] bomb = gzipZeros(64 * 1024 * 1024); // 64 MiB of spaces, ~64 KiB on the wire
    for (int status : List.of(200, 500, 429)) {
      try (RawServer s = new RawServer((n, head, in, out) -> {
        write(out, "HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: "
            + bomb.length + "\r\n\r\n");
        out.write(bomb);
      })) {
        HttpTransport http = builder(s).maxResponseBytes(1024 * 1024).retryPolicy(RetryPolicy.none()).build();
        long before = usedHeap();
        Object o = outcome(http, AttackApi.getThing());
        assertInstanceOf(ValetException.class, o, status + " -> " + o);
        if (status == 200) assertEquals(Kind.RESPONSE_TOO_LARGE, ((ValetClientException) o).kind());
        assertTrue(usedHeap() - before < 48L * 1024 * 1024, "heap grew " + (usedHeap() - before));
      }
    }
  }

  private static long usedHeap() {
    System.gc();
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  @Test
  void declaredOrChunkedBodiesOverTheLimit_failTyped_evenForTextAndBytesCodecs() throws Exception {
    for (String head : List.of("Content-Length: 5000000\r\n", "Transfer-Encoding: chunked\r\n")) {
      try (RawServer s = new RawServer((n, h, in, out) -> {
        write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n" + head + "\r\n");
        byte[] chunk = new byte[8192];
        java.util.Arrays.fill(chunk, (byte) 'x');
        for (int i = 0; i < 700; i++) {
          if (head.contains("chunked")) write(out, "2000\r\n");
          out.write(chunk);
          if (head.contains("chunked")) write(out, "\r\n");
        }
      })) {
        HttpTransport http = builder(s).maxResponseBytes(100_000).build();
        for (ApiCall<?> call : List.of(ApiCall.builder("GET", "/t", ResponseCodec.text()).build(),
            ApiCall.builder("GET", "/t", ResponseCodec.bytes()).build())) {
          ValetClientException e = assertInstanceOf(ValetClientException.class, outcome(http, call), head);
          assertEquals(Kind.RESPONSE_TOO_LARGE, e.kind(), head);
        }
      }
    }
  }

  @Test
  void errorBodies_areReadOnlyUpToMaxResponseBytes() throws Exception {
    int[] seen = {0};
    com.wekruit.valet.spi.ProviderProfile recording = new com.wekruit.valet.spi.ProviderProfile("attack",
        "https://api.example.invalid", new com.wekruit.valet.spi.ResponseInterpreter() {
          @Override
          public ProviderError parseError(int status, String contentType, String body) {
            seen[0] = body.length();
            return null;
          }

          @Override
          public RetrySafety classify(int status, String code) {
            return RetrySafety.FINAL;
          }
        }, com.wekruit.valet.spi.RateLimitReader.NONE, Duration.ofSeconds(1));
    class B extends com.wekruit.valet.http.ClientBuilder<B> {
      HttpTransport build() {
        return transport(recording, com.wekruit.valet.spi.Credentials.NONE);
      }
    }
    String body = "x".repeat(60_000);
    try (RawServer s = new RawServer((n, head, in, out) -> write(out,
        "HTTP/1.1 500 X\r\nContent-Type: text/plain\r\nContent-Length: " + body.length() + "\r\n\r\n" + body))) {
      HttpTransport http = new B().baseUrl(s.url()).maxResponseBytes(1_000).retryPolicy(RetryPolicy.none()).build();
      assertInstanceOf(ValetException.class, outcome(http, AttackApi.getThing()));
      assertTrue(seen[0] <= 1_000, "maxResponseBytes 1000, yet the error body read into memory was " + seen[0] + " chars");
    }
  }
}
