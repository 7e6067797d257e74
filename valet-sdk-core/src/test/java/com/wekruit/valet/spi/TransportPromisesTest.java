package com.wekruit.valet.spi;

import static org.junit.jupiter.api.Assertions.*;

import com.squareup.moshi.Types;
import com.wekruit.valet.error.ServerErrorException;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.error.RateLimitedException;
import com.wekruit.valet.http.BreakerPolicy;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each promise the transport makes, against a misbehaving loopback server that counts requests. */
class TransportPromisesTest {
  private static final String THING = "{\"thing\":{\"id\":7,\"display_name\":\"seven\",\"tags\":[\"a\"],\"labels\":{\"k\":\"v\"}}}";
  private final FakeTime time = new FakeTime();
  private final FaultServer server = newServer();

  private static FaultServer newServer() {
    try {
      return new FaultServer();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void close() throws Exception {
    server.close();
  }

  private TestApi.Builder builder() {
    return new TestApi.Builder().baseUrl(server.url()).clock(time).ticker(time).sleeper(time)
        .readTimeout(Duration.ofMillis(300));
  }

  @Test
  void decodedCollectionsAreImmutable_andUnknownFieldsIgnored() {
    server.otherwise(Reply.json(200, THING.replace("\"tags\"", "\"extra\":{\"deep\":[1]},\"tags\"")));
    TestApi.Thing t = builder().build().execute(ApiCall.<TestApi.ThingEnvelope>get("/things/7", TestApi.ThingEnvelope.class)).thing();
    assertEquals(List.of("a"), t.tags());
    assertThrows(UnsupportedOperationException.class, () -> t.tags().add("b"));
    assertThrows(UnsupportedOperationException.class, () -> t.labels().put("x", "y"));
  }

  @Test
  void genericEnvelopes_decodeWithTheSameRules_andRequiredHolds() {
    Type type = Types.newParameterizedTypeWithOwner(TestApi.class, TestApi.Envelope.class, TestApi.Thing.class);
    server.then(Reply.json(200, "{\"result\":{\"id\":1},\"more\":[{\"id\":2}]}"), Reply.json(200, "{\"result\":null}"));
    HttpTransport http = builder().build();
    TestApi.Envelope<TestApi.Thing> e = http.execute(ApiCall.get("/e", type));
    assertEquals(2, e.more().get(0).id());
    assertEquals(List.of(), e.result().tags(), "absent lists are empty in nested generic records too");
    ValetClientException missing = assertThrows(ValetClientException.class, () -> http.execute(ApiCall.get("/e", type)));
    assertEquals(Kind.UNDECODABLE_BODY, missing.kind());
    assertTrue(missing.getMessage().contains("result is required"), missing.getMessage());
  }

  @Test
  void envelopeThatReportsFailureOn200_isATypedApiError() {
    Type type = Types.newParameterizedTypeWithOwner(TestApi.class, TestApi.Envelope.class, TestApi.Thing.class);
    server.otherwise(Reply.json(200, "{\"result\":{\"id\":-1}}", "X-Request-Id", "req-9"));
    ValetApiException e = assertThrows(ValetApiException.class, () -> builder().build().execute(ApiCall.get("/e", type)));
    assertEquals(200, e.statusCode());
    assertEquals("negative", e.providerCode());
    assertEquals("req-9", e.requestId());
    assertEquals(1, server.received().size());
  }

  @Test
  void throwingErrorParser_stillGivesATypedError_andTheBreakerRecoversFromHalfOpen() {
    HttpTransport http = builder().retryPolicy(RetryPolicy.none())
        .breakerPolicy(new BreakerPolicy(2, 2, 50, Duration.ofSeconds(30), 1, true)).build();
    server.then(Reply.json(503, "{}"), Reply.json(503, "{}"), Reply.json(500, "THROW me"),
        Reply.json(200, THING));
    assertThrows(ServerErrorException.class, () -> http.execute(ApiCall.<TestApi.ThingEnvelope>get("/t", TestApi.ThingEnvelope.class)));
    assertThrows(ServerErrorException.class, () -> http.execute(ApiCall.<TestApi.ThingEnvelope>get("/t", TestApi.ThingEnvelope.class)));
    ValetClientException open = assertThrows(ValetClientException.class,
        () -> http.execute(ApiCall.<TestApi.ThingEnvelope>get("/t", TestApi.ThingEnvelope.class)));
    assertEquals(Kind.CIRCUIT_OPEN, open.kind());
    time.advance(Duration.ofSeconds(31));
    ServerErrorException probe = assertThrows(ServerErrorException.class,
        () -> http.execute(ApiCall.<TestApi.ThingEnvelope>get("/t", TestApi.ThingEnvelope.class)));
    assertEquals(500, probe.statusCode(), "the parser threw, the status still types the error");
    time.advance(Duration.ofSeconds(31));
    assertEquals(7, http.execute(ApiCall.<TestApi.ThingEnvelope>get("/t", TestApi.ThingEnvelope.class)).thing().id(),
        "the half-open permit was recorded, so the breaker lets the next probe through");
    assertEquals(4, server.received().size());
  }

  @Test
  void maxServerWaitZero_limitsOnlyServerRequestedWaits() {
    HttpTransport http = builder().retryPolicy(RetryPolicy.builder().maxAttempts(3).maxServerWait(Duration.ZERO).build())
        .build();
    server.then(Reply.json(502, "{}"), Reply.json(200, THING));
    assertEquals(7, http.execute(ApiCall.<TestApi.ThingEnvelope>get("/t", TestApi.ThingEnvelope.class)).thing().id(), "computed backoff retried");
    server.reset();
    server.otherwise(Reply.json(429, "{}", "Retry-After", "1"));
    assertThrows(RateLimitedException.class, () -> http.execute(ApiCall.<TestApi.ThingEnvelope>get("/t", TestApi.ThingEnvelope.class)));
    assertEquals(1, server.received().size(), "a server-requested wait over the maximum is not slept");
  }

  @Test
  void retriedDeleteThatFindsTheResourceGone_isSuccess_butAFirstAttempt404IsNot() {
    HttpTransport http = builder().build();
    server.then(Reply.hang(), Reply.json(404, "{\"error\":{\"code\":\"not_found\"}}"));
    ApiCall<String> delete = ApiCall.<String>builder("DELETE", "/things/7", ResponseCodec.text())
        .goneIsSuccess("gone").build();
    assertEquals("gone", http.execute(delete));
    assertEquals(2, server.count("DELETE", "/things/7"), server.toString());
    server.reset();
    server.otherwise(Reply.json(404, "{}"));
    assertThrows(com.wekruit.valet.error.NotFoundException.class, () -> http.execute(delete));
  }

  @Test
  void linkToAnotherOrigin_isRefused_andNothingIsSentThere() throws Exception {
    try (FaultServer other = new FaultServer()) {
      other.otherwise(Reply.json(200, THING));
      HttpTransport http = builder().build();
      ValetClientException e = assertThrows(ValetClientException.class, () -> http.execute(
          ApiCall.link(other.url() + "/things?page=2", ResponseCodec.json(TestApi.ThingEnvelope.class)).build()));
      assertEquals(Kind.REFUSED, e.kind());
      assertTrue(other.received().isEmpty());
      server.otherwise(Reply.json(200, THING));
      http.execute(ApiCall.link(server.url() + "/things?page=2", ResponseCodec.json(TestApi.ThingEnvelope.class)).build());
      assertEquals("page=2", server.received().get(0).query());
    }
  }

  @Test
  void callTimeout_stopsRetriesBeforeTheDeadline() {
    HttpTransport http = builder().build();
    server.otherwise(Reply.json(502, "{}"));
    ApiCall<TestApi.ThingEnvelope> call = ApiCall.<TestApi.ThingEnvelope>builder("GET", "/t",
        ResponseCodec.json(TestApi.ThingEnvelope.class)).timeout(Duration.ofMillis(2500)).build();
    assertThrows(ServerErrorException.class, () -> http.execute(call));
    Duration slept = time.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
    assertTrue(slept.compareTo(Duration.ofMillis(2500)) < 0, "slept " + slept);
  }

  @Test
  void perCallHeaders_textAndBytesBodies_andAnIdempotencyKeyStableAcrossAttempts() {
    HttpTransport http = builder().build();
    server.then(Reply.json(502, "{}"), Reply.of(200, "text/plain", "OK"));
    ApiCall<String> call = ApiCall.<String>builder("POST", "/logs", ResponseCodec.text())
        .content(RequestContent.bytes(new byte[] {1, 2, 3}, "application/octet-stream", "gzip"))
        .accept("text/plain").header("X-Extra", "1").idempotencyKey("Idempotency-Key").build();
    assertEquals("OK", http.execute(call));
    List<FaultServer.Received> r = server.received();
    assertEquals(2, r.size(), "a POST with an idempotency key is repeatable");
    assertEquals(r.get(0).headers().get("Idempotency-Key"), r.get(1).headers().get("Idempotency-Key"));
    assertEquals("gzip", r.get(0).headers().get("Content-Encoding"));
    assertEquals("text/plain", r.get(0).headers().get("Accept"));
    assertEquals("1", r.get(0).headers().get("X-Extra"));
    assertEquals("Bearer " + TestApi.TOKEN, r.get(0).headers().get("Authorization"));
  }

  @Test
  void basicAndHeaderCredentials_areSent_andNeverShown() {
    server.otherwise(Reply.json(401, "{\"error\":{\"message\":\"bad key s3cr3t-key-123 for ops@example.com\"}}"));
    HttpTransport basic = builder().credentials(Credentials.basic("ops@example.com", "s3cr3t-key-123")).build();
    HttpTransport pair = builder().credentials(Credentials.headers("X-Auth-Email", "ops@example.com",
        "X-Auth-Key", "s3cr3t-key-123")).build();
    for (HttpTransport http : List.of(basic, pair)) {
      ValetApiException e = assertThrows(ValetApiException.class, () -> http.execute(ApiCall.<TestApi.ThingEnvelope>get("/t", TestApi.ThingEnvelope.class)));
      assertFalse(e.getMessage().contains("s3cr3t-key-123"), e.getMessage());
      assertFalse(e.getMessage().contains("ops@example.com"), e.getMessage());
    }
    assertEquals("Basic b3BzQGV4YW1wbGUuY29tOnMzY3IzdC1rZXktMTIz", server.received().get(0).headers().get("Authorization"));
    assertEquals("s3cr3t-key-123", server.received().get(1).headers().get("X-Auth-Key"));
    assertFalse(basic.toString().contains("s3cr3t") || Credentials.basic("u", "s3cr3t-key-123").toString().contains("s3cr3t"));
  }

  @Test
  void loopbackMeansLocalhostOrALoopbackLiteral_notAHostnameThatStartsWith127() {
    for (String url : List.of("http://127.attacker.example/v1", "http://127.0.0.1.nip.io/v1", "http://localhost.evil.com/")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TestApi.Builder().baseUrl(url).build());
      assertTrue(e.getMessage().contains("plain HTTP"), e.getMessage());
    }
    for (String url : List.of("http://localhost:1/", "http://127.0.0.1:1/", "http://127.9.8.7:1/", "http://[::1]:1/")) {
      assertNotNull(new TestApi.Builder().baseUrl(url).build());
    }
  }
}
