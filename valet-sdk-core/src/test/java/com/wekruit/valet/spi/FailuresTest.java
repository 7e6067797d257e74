package com.wekruit.valet.spi;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.ApiError;
import com.wekruit.valet.error.ServerErrorException;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.internal.Redactor;
import com.wekruit.valet.spi.ResponseInterpreter.ProviderError;
import com.wekruit.valet.spi.ResponseInterpreter.RetrySafety;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** What is retryable, what may have taken effect, and what each message says. */
class FailuresTest {
  private static final String SECRET = "sekrit-7f3a91";
  private final Failures failures = new Failures("testapi", TestApi.INTERPRETER);
  private final Redactor redactor = new Redactor(List.of(SECRET));
  private final ApiCall<String> get = ApiCall.<String>builder("GET", "/things/" + SECRET, ResponseCodec.text()).build();
  private final ApiCall<String> post = ApiCall.<String>builder("POST", "/things", ResponseCodec.text()).build();

  @Test
  void connectFailures_proveNothingWasSent_soEvenAPostRepeats() {
    for (IOException e : List.of(new ConnectException("refused"), new NoRouteToHostException("no route"),
        new UnknownHostException("nx"))) {
      assertTrue(Failures.notSent(e));
      ValetClientException v = failures.io(post, redactor, e, 1);
      assertEquals(Kind.IO, v.kind());
      assertTrue(v.retryable(), e.toString());
      assertFalse(v.mayHaveTakenEffect(), e.toString());
      assertEquals("testapi POST /things could not connect: " + e.getMessage() + "; attempts: 1", v.getMessage());
    }
  }

  @Test
  void aBrokenConnection_repeatsOnlyIdempotentCalls() {
    IOException reset = new IOException("connection reset");
    assertFalse(Failures.notSent(reset));
    ValetClientException p = failures.io(post, redactor, reset, 2);
    assertEquals(Kind.IO, p.kind());
    assertFalse(p.retryable());
    assertTrue(p.mayHaveTakenEffect());
    assertEquals("testapi POST /things connection failed: connection reset; attempts: 2; the request may have taken "
        + "effect, so it was not repeated", p.getMessage());
    ValetClientException g = failures.io(get, redactor, reset, 1);
    assertTrue(g.retryable());
    assertFalse(g.mayHaveTakenEffect());
    assertFalse(g.getMessage().contains(SECRET), g.getMessage());
    assertFalse(g.getMessage().contains("may have taken effect"), g.getMessage());
  }

  @Test
  void timeouts_andTooLargeBodies() {
    ValetClientException t = failures.io(post, redactor, new SocketTimeoutException("read timed out"), 1);
    assertEquals(Kind.TIMEOUT, t.kind());
    assertTrue(t.getMessage().contains("POST /things timed out: read timed out"), t.getMessage());
    assertTrue(t.mayHaveTakenEffect());
    ValetClientException big = failures.io(get, redactor, new BoundedSource.TooLarge(10), 1);
    assertEquals(Kind.RESPONSE_TOO_LARGE, big.kind());
    assertFalse(big.retryable());
    assertTrue(big.getMessage().contains("response body larger than 10 bytes"), big.getMessage());
  }

  @Test
  void refusedAndCircuitOpen_neverTookEffect_butOtherClientFailuresOfAPostMay() {
    assertFalse(failures.client(post, redactor, Kind.REFUSED, "x", null, 0, false).mayHaveTakenEffect());
    assertFalse(failures.client(post, redactor, Kind.CIRCUIT_OPEN, "x", null, 0, false).mayHaveTakenEffect());
    assertFalse(failures.client(post, redactor, Kind.INTERNAL, "x", new ConnectException("c"), 1, false)
        .mayHaveTakenEffect());
    ValetClientException internal = failures.client(post, redactor, Kind.INTERNAL, "x", new IOException("io"), 1, false);
    assertTrue(internal.mayHaveTakenEffect());
    assertTrue(internal.getMessage().endsWith("; the request may have taken effect, so it was not repeated"));
    ValetClientException retryable = failures.client(post, redactor, Kind.INTERNAL, "x", null, 1, true);
    assertTrue(retryable.mayHaveTakenEffect());
    assertFalse(retryable.getMessage().contains("not repeated"), "a retryable failure will be repeated");
    assertFalse(failures.client(get, redactor, Kind.INTERNAL, "x", null, 1, false).mayHaveTakenEffect());
    ValetClientException notSent = failures.notSent(post, redactor, Kind.TIMEOUT, "out of time " + SECRET, 3);
    assertEquals("testapi POST /things out of time ****; attempts: 3", notSent.getMessage());
    assertFalse(notSent.retryable() || notSent.mayHaveTakenEffect());
    assertNull(notSent.getCause());
  }

  @Test
  void apiErrors_rejectedRepeatAnyMethod_transientOnlyIdempotentOnes() {
    ValetApiException conflict = api(post, 409, ProviderError.of("conflict", "busy"));
    assertTrue(conflict.retryable());
    assertFalse(conflict.mayHaveTakenEffect());
    ValetApiException badGatewayPost = api(post, 502, ProviderError.none());
    assertFalse(badGatewayPost.retryable());
    assertTrue(badGatewayPost.mayHaveTakenEffect());
    ValetApiException badGatewayGet = api(get, 502, ProviderError.none());
    assertTrue(badGatewayGet.retryable());
    assertFalse(badGatewayGet.mayHaveTakenEffect());
    ValetApiException final500 = api(post, 500, ProviderError.none());
    assertInstanceOf(ServerErrorException.class, final500);
    assertFalse(final500.retryable());
    assertTrue(final500.mayHaveTakenEffect(), "a 500 on a POST may have taken effect");
    assertFalse(api(post, 499, ProviderError.none()).mayHaveTakenEffect());
    assertFalse(api(post, 400, ProviderError.none()).retryable());
  }

  @Test
  void apiErrors_messageFromTheProvider_orASummaryOfTheBody() {
    assertEquals("busy now", failures.api(get, redactor, 409, Headers.of(), ProviderError.of("c", "busy now"),
        "<html>", "text/html", null, 1).error().message());
    assertEquals("non-JSON error body (text/html, 6 chars)", failures.api(get, redactor, 502, Headers.of(),
        ProviderError.none(), "<html>", "text/html", null, 1).error().message());
    assertEquals("non-JSON error body (unknown type, 3 chars)", failures.api(get, redactor, 502, Headers.of(),
        ProviderError.none(), "abc", "", null, 1).error().message());
    assertEquals("empty body", failures.api(get, redactor, 502, Headers.of(), ProviderError.none(), " \n", "text/html",
        null, 1).error().message());
  }

  @Test
  void apiErrors_requestIdFromBodyOrHeader_detailsBounded_secretsRedacted() {
    List<ApiError.Detail> many = new ArrayList<>();
    for (int i = 0; i < 25; i++) many.add(new ApiError.Detail("f" + i, "bad " + SECRET));
    ApiError e = failures.api(get, redactor, 422, Headers.of("X-Request-Id", "hdr-1"),
        new ProviderError("invalid", "m", null, many), "{}", "application/json", Duration.ofSeconds(4), 2).error();
    assertEquals("hdr-1", e.requestId());
    assertEquals(20, e.details().size());
    assertEquals("f19", e.details().get(19).field());
    assertFalse(e.details().get(0).message().contains(SECRET));
    assertFalse(e.path().contains(SECRET));
    assertEquals(Duration.ofSeconds(4), e.retryAfter());
    assertEquals("body-9", failures.api(get, redactor, 422, Headers.of("X-Request-Id", "hdr-1"),
        new ProviderError(null, null, "body-9", null), "", "", null, 1).error().requestId());
    assertNull(failures.api(get, redactor, 422, Headers.of(), ProviderError.none(), "", "", null, 1).error().requestId());
  }

  private ValetApiException api(ApiCall<?> call, int status, ProviderError parsed) {
    return failures.api(call, redactor, status, Headers.of(), parsed, "", "application/json", null, 1);
  }

  @Test
  void aThrowingOrSilentInterpreter_isGuarded() {
    ResponseInterpreter silent = new ResponseInterpreter() {
      @Override
      public ProviderError parseError(int status, String contentType, String body) {
        return null;
      }

      @Override
      public RetrySafety classify(int status, String code) {
        return null;
      }
    };
    ResponseInterpreter throwing = new ResponseInterpreter() {
      @Override
      public ProviderError parseError(int status, String contentType, String body) {
        throw new IllegalStateException("parse");
      }

      @Override
      public RetrySafety classify(int status, String code) {
        throw new IllegalStateException("classify");
      }

      @Override
      public boolean isRateLimit(int status, String code) {
        throw new IllegalStateException("rate");
      }
    };
    for (ResponseInterpreter i : List.of(silent, throwing)) {
      Failures f = new Failures("p", i);
      assertEquals(RetrySafety.FINAL, f.safety(429, "x"));
      assertEquals(ProviderError.none(), f.parse(500, "application/json", "{}"));
      assertTrue(f.isRateLimit(429, null));
      assertFalse(f.isRateLimit(503, null));
    }
    Failures normal = new Failures("p", TestApi.INTERPRETER);
    assertEquals(RetrySafety.REJECTED, normal.safety(429, null));
    assertEquals(ProviderError.of("c", "m"), normal.parse(400, "application/json", "{\"code\":\"c\",\"message\":\"m\"}"));
  }

  @Test
  void interpreterHelpers() {
    assertEquals(List.of(), new ProviderError("c", "m", null, null).details());
    Headers h = Headers.of("X-Trace", "t-1", "X-Request-Id", "r-1");
    assertEquals("r-1", ResponseInterpreter.firstHeader(h, List.of("X-Request-Id", "X-Trace")));
    assertEquals("t-1", ResponseInterpreter.firstHeader(h, List.of("X-Missing", "X-Trace")));
    assertNull(ResponseInterpreter.firstHeader(h, List.of("X-Missing")));
  }
}
