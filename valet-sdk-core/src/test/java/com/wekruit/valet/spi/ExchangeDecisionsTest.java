package com.wekruit.valet.spi;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.BudgetSpentException;
import com.wekruit.valet.error.NotFoundException;
import com.wekruit.valet.error.RateLimitedException;
import com.wekruit.valet.error.ServerErrorException;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.http.BreakerPolicy;
import com.wekruit.valet.http.RateLimit;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The decisions one call makes across its attempts: gate waits, deadlines, retries, gone-after-retry, permits. */
class ExchangeDecisionsTest {
  private static final String THING = "{\"thing\":{\"id\":7}}";
  private final FakeTime time = new FakeTime();
  private final FaultServer server = TestApi.server();

  @AfterEach
  void close() throws Exception {
    server.close();
  }

  private TestApi.Builder builder() {
    return new TestApi.Builder().baseUrl(server.url()).clock(time).ticker(time).sleeper(time)
        .readTimeout(Duration.ofSeconds(5));
  }

  /** No jitter: the first retry waits exactly 1 s. */
  private static RetryPolicy.Builder exact() {
    return RetryPolicy.builder().jitter(0).initialBackoff(Duration.ofSeconds(1));
  }

  private static ApiCall<TestApi.ThingEnvelope> get() {
    return ApiCall.get("/t", TestApi.ThingEnvelope.class);
  }

  private static ApiCall<TestApi.ThingEnvelope> get(Duration timeout) {
    return ApiCall.<TestApi.ThingEnvelope>builder("GET", "/t", ResponseCodec.json(TestApi.ThingEnvelope.class))
        .timeout(timeout).build();
  }

  @Test
  void gate_aWaitOfExactlyMaxServerWaitIsWaited_aLongerOneFailsWithoutSending() {
    HttpTransport http = builder().retryPolicy(exact().maxAttempts(1).maxServerWait(Duration.ofSeconds(5)).build())
        .build();
    server.then(Reply.json(429, "{}", "Retry-After", "5"), Reply.json(200, THING), Reply.json(429, "{}",
        "Retry-After", "6"));
    assertThrows(RateLimitedException.class, () -> http.execute(get()));
    assertEquals(7, http.execute(get()).thing().id());
    assertEquals(List.of(Duration.ofSeconds(5)), time.sleeps(), "the gate held the second call 5 s");
    assertThrows(RateLimitedException.class, () -> http.execute(get()));
    BudgetSpentException spent = assertThrows(BudgetSpentException.class, () -> http.execute(get()));
    assertEquals("testapi rate-limit budget is spent for 6000 ms; testapi GET /t was not sent (longer than this call "
        + "may wait)", spent.getMessage());
    assertEquals(Duration.ofSeconds(6), spent.retryAfter());
    assertEquals(3, server.received().size());
  }

  @Test
  void gate_aWaitThatReachesTheCallsDeadline_failsWithoutSending() {
    HttpTransport http = builder().retryPolicy(RetryPolicy.none()).build();
    server.then(Reply.json(429, "{}", "Retry-After", "5")).otherwise(Reply.json(200, THING));
    assertThrows(RateLimitedException.class, () -> http.execute(get()));
    assertThrows(BudgetSpentException.class, () -> http.execute(get(Duration.ofSeconds(5))));
    assertThrows(BudgetSpentException.class, () -> http.execute(get(Duration.ofSeconds(4))));
    assertEquals(1, server.received().size());
    assertEquals(7, http.execute(get(Duration.ofSeconds(6))).thing().id());
    assertEquals(List.of(Duration.ofSeconds(5)), time.sleeps());
  }

  @Test
  void retry_aBackoffThatUsesUpTheDeadline_isNotTaken_aShorterOneIs() {
    HttpTransport http = builder().retryPolicy(exact().build()).build();
    server.otherwise(Reply.json(502, "{}"));
    assertThrows(ServerErrorException.class, () -> http.execute(get(Duration.ofSeconds(1))));
    assertEquals(1, server.received().size());
    assertTrue(time.sleeps().isEmpty());
    server.reset();
    server.then(Reply.json(502, "{}")).otherwise(Reply.json(200, THING));
    assertEquals(7, http.execute(get(Duration.ofSeconds(10))).thing().id());
    assertEquals(List.of(Duration.ofSeconds(1)), time.sleeps());
  }

  @Test
  void retry_aServerWaitOfExactlyMaxServerWait_isHonoured() {
    HttpTransport http = builder().retryPolicy(exact().maxServerWait(Duration.ofSeconds(3)).build()).build();
    server.then(Reply.json(429, "{}", "Retry-After", "3")).otherwise(Reply.json(200, THING));
    assertEquals(7, http.execute(get()).thing().id());
    assertEquals(List.of(Duration.ofSeconds(3)), time.sleeps());
  }

  @Test
  void aCallWithNoTimeLeft_isNotSent() {
    HttpTransport http = builder().build();
    server.otherwise(Reply.json(200, THING));
    ValetClientException e = assertThrows(ValetClientException.class, () -> http.execute(get(Duration.ZERO)));
    assertEquals(Kind.TIMEOUT, e.kind());
    assertEquals("testapi GET /t ran out of its time before attempt 1; not sent; attempts: 0", e.getMessage());
    assertFalse(e.mayHaveTakenEffect());
    assertTrue(server.received().isEmpty());
  }

  @Test
  void theCallsTimeLimitsTheHttpCallItself() {
    HttpTransport http = builder().readTimeout(Duration.ofMinutes(1)).callTimeout(Duration.ofMinutes(1)).build();
    server.otherwise(Reply.hang());
    ValetClientException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertThrows(ValetClientException.class, () -> http.execute(get(Duration.ofMillis(300)))));
    assertEquals(Kind.TIMEOUT, e.kind());
    assertEquals(1, server.received().size());
  }

  @Test
  void anyStatusFrom200To299_isSuccess() {
    server.then(Reply.json(299, THING), Reply.json(300, "{}"), Reply.json(199, "{}"));
    HttpTransport http = builder().retryPolicy(RetryPolicy.none()).build();
    assertEquals(7, http.execute(get()).thing().id());
    assertEquals(300, assertThrows(ValetApiException.class, () -> http.execute(get())).statusCode());
  }

  @Test
  void aBodyOfExactlyTheLimit_isRead_oneByteMoreIsNot() {
    server.otherwise(Reply.json(200, THING));
    assertEquals(7, builder().maxResponseBytes(THING.length()).build().execute(get()).thing().id());
    ValetClientException e = assertThrows(ValetClientException.class,
        () -> builder().maxResponseBytes(THING.length() - 1).build().execute(get()));
    assertEquals(Kind.RESPONSE_TOO_LARGE, e.kind());
  }

  @Test
  void aSpentBudgetInASuccess_isKept_andClosesTheGate() {
    HttpTransport http = builder().build();
    assertNull(http.rateLimit());
    server.then(Reply.json(200, THING, "RateLimit-Limit", "10", "RateLimit-Remaining", "0", "RateLimit-Reset", "50"))
        .otherwise(Reply.json(200, THING));
    http.execute(get());
    long nowMillis = time.millis();
    assertEquals(new RateLimit(10, 0, nowMillis / 1000 + 50, nowMillis), http.rateLimit());
    http.execute(get());
    assertEquals(List.of(Duration.ofSeconds(5)), time.sleeps(), "a tenth of the time to the reset");
    assertEquals(new RateLimit(10, 0, nowMillis / 1000 + 50, nowMillis), http.rateLimit(),
        "a response without rate-limit headers keeps the last reading");
  }

  @Test
  void a429WithoutRetryAfter_waitsForTheNextToken_orTheProfilesDefault() {
    HttpTransport http = builder().retryPolicy(RetryPolicy.none()).build();
    server.then(
        Reply.json(429, "{}", "RateLimit-Limit", "10", "RateLimit-Remaining", "0", "RateLimit-Reset", "50"),
        Reply.json(429, "{}", "RateLimit-Limit", "10", "RateLimit-Remaining", "3", "RateLimit-Reset", "50"),
        Reply.json(429, "{}", "Retry-After", "7", "RateLimit-Limit", "10", "RateLimit-Remaining", "0",
            "RateLimit-Reset", "50"));
    assertEquals(Duration.ofSeconds(5), retryAfterOf(http));
    assertEquals(Duration.ofSeconds(2), retryAfterOf(http), "budget left: the profile's rateLimitedWait");
    assertEquals(Duration.ofSeconds(7), retryAfterOf(http), "Retry-After wins");
    HttpTransport fresh = builder().retryPolicy(RetryPolicy.none()).build();
    server.then(Reply.json(429, "{}"));
    assertEquals(Duration.ofSeconds(2), retryAfterOf(fresh));
  }

  private static Duration retryAfterOf(HttpTransport http) {
    return assertThrows(RateLimitedException.class, () -> http.execute(get())).retryAfter().orElse(null);
  }

  @Test
  void queryParametersAreSent() {
    server.otherwise(Reply.json(200, THING));
    builder().build().execute(get().query("a", 1).query("b", "x y"));
    assertEquals("a=1&b=x%20y", server.received().get(0).query());
  }

  @Test
  void goneAfterRetry_onlyWhenAnEarlierAttemptMayHaveDeletedIt() {
    HttpTransport http = builder().retryPolicy(exact().build()).build();
    ApiCall<String> delete = ApiCall.<String>builder("DELETE", "/things/7", ResponseCodec.text())
        .goneIsSuccess("gone").build();
    server.then(Reply.json(502, "{}"), Reply.json(404, "{}"));
    assertEquals("gone", http.execute(delete), "a 502 may have deleted it");
    server.then(Reply.json(409, "{\"error\":{\"code\":\"conflict\"}}"), Reply.json(404, "{}"));
    assertThrows(NotFoundException.class, () -> http.execute(delete), "a conflict proves it was not deleted");
    ApiCall<String> plain = ApiCall.<String>builder("DELETE", "/things/7", ResponseCodec.text()).build();
    server.then(Reply.reset(), Reply.json(404, "{}"));
    assertThrows(NotFoundException.class, () -> http.execute(plain), "only a call that asks for it");
    assertEquals(6, server.received().size());
  }

  @Test
  void aPostAnswered503RetryAfter0_isNotResentByOkHttp() {
    server.then(Reply.json(503, "{}", "Retry-After", "0")).otherwise(Reply.json(200, THING));
    ServerErrorException e = assertThrows(ServerErrorException.class, () -> builder().build().execute(
        ApiCall.post("/things", new TestApi.Thing(1, null, null, null), TestApi.ThingEnvelope.class)));
    assertEquals(Duration.ZERO, e.retryAfter().orElseThrow());
    assertEquals(1, server.received().size());
  }

  private HttpTransport halfOpen(OkHttpClient shared) {
    TestApi.Builder b = builder().retryPolicy(RetryPolicy.none())
        .breakerPolicy(new BreakerPolicy(2, 2, 50, Duration.ofSeconds(30), 1, true));
    if (shared != null) b.okHttpClient(shared);
    HttpTransport http = b.build();
    server.then(Reply.json(503, "{}"), Reply.json(503, "{}"));
    for (int i = 0; i < 2; i++) assertThrows(ServerErrorException.class, () -> http.execute(get()));
    assertEquals("OPEN", http.breakerState());
    time.advance(Duration.ofSeconds(31));
    server.reset();
    return http;
  }

  private void probeSucceeds(HttpTransport http) {
    server.otherwise(Reply.json(200, THING));
    assertEquals(7, http.execute(get()).thing().id(), "the single probe permit was given back");
    assertEquals("CLOSED", http.breakerState());
  }

  @Test
  void breaker_aCallRefusedBeforeSending_givesItsPermitBack() throws Exception {
    HttpTransport http = halfOpen(null);
    try (FaultServer other = new FaultServer()) {
      ValetClientException e = assertThrows(ValetClientException.class, () -> http.execute(
          ApiCall.link(other.url() + "/t", ResponseCodec.json(TestApi.ThingEnvelope.class)).build()));
      assertEquals(Kind.REFUSED, e.kind());
    }
    assertEquals("HALF_OPEN", http.breakerState());
    probeSucceeds(http);
  }

  @Test
  void breaker_aRequestThatCannotBeBuilt_isAnInternalError_andGivesItsPermitBack() {
    HttpTransport http = halfOpen(null);
    ValetClientException e = assertThrows(ValetClientException.class, () -> http.execute(
        ApiCall.<String>builder("GET", "/t", ResponseCodec.text()).header("X-Bad", "a\nb").build()));
    assertEquals(Kind.INTERNAL, e.kind());
    assertTrue(e.getMessage().contains("failed inside the SDK"), e.getMessage());
    assertTrue(server.received().isEmpty());
    probeSucceeds(http);
  }

  @Test
  void breaker_aCodecThatThrowsAnError_givesItsPermitBack() {
    HttpTransport http = halfOpen(null);
    server.then(Reply.json(200, THING));
    ApiCall<String> broken = ApiCall.<String>builder("GET", "/t", (body, empty) -> {
      throw new AssertionError("codec bug");
    }).build();
    assertThrows(AssertionError.class, () -> http.execute(broken));
    probeSucceeds(http);
  }

  @Test
  void breaker_recordsOutagesAsFailures_andEverythingElseAsSuccess() {
    HttpTransport http = builder().retryPolicy(RetryPolicy.none()).build();
    server.then(Reply.json(200, THING), Reply.json(404, "{}"), Reply.reset(), Reply.json(503, "{}"));
    http.execute(get());
    assertThrows(NotFoundException.class, () -> http.execute(get()));
    assertThrows(ValetClientException.class, () -> http.execute(get()));
    assertThrows(ServerErrorException.class, () -> http.execute(get()));
    assertEquals(2, http.breaker.getMetrics().getNumberOfSuccessfulCalls());
    assertEquals(2, http.breaker.getMetrics().getNumberOfFailedCalls());
  }

  @Test
  void async_aCancelledCall_givesItsPermitBack() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    HttpTransport http = halfOpen(shared);
    server.then(Reply.hang());
    CompletableFuture<TestApi.ThingEnvelope> f = http.executeAsync(get());
    assertEquals(1, server.awaitReceived(1, Duration.ofSeconds(10)));
    assertTrue(f.cancel(true));
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (shared.dispatcher().runningCallsCount() > 0 && System.nanoTime() < until) Thread.onSpinWait();
    assertEquals(0, shared.dispatcher().runningCallsCount());
    probeSucceeds(http);
  }

  @Test
  void async_refusedAndInternalFailures_completeTheFuture() throws Exception {
    HttpTransport http = builder().build();
    try (FaultServer other = new FaultServer()) {
      CompletableFuture<TestApi.ThingEnvelope> refused = http.executeAsync(
          ApiCall.<TestApi.ThingEnvelope>link(other.url() + "/t", ResponseCodec.json(TestApi.ThingEnvelope.class)).build());
      ExecutionException e = assertThrows(ExecutionException.class, () -> refused.get(10, TimeUnit.SECONDS));
      assertEquals(Kind.REFUSED, assertInstanceOf(ValetClientException.class, e.getCause()).kind());
    }
    server.otherwise(Reply.json(200, THING));
    CompletableFuture<String> broken = http.executeAsync(ApiCall.<String>builder("GET", "/t", (body, empty) -> {
      throw new AssertionError("codec bug");
    }).build());
    ExecutionException e = assertThrows(ExecutionException.class, () -> broken.get(10, TimeUnit.SECONDS));
    assertEquals(Kind.INTERNAL, assertInstanceOf(ValetClientException.class, e.getCause()).kind());
    CompletableFuture<TestApi.ThingEnvelope> done = http.executeAsync(ExchangeDecisionsTest.get());
    assertEquals(7, done.get(10, TimeUnit.SECONDS).thing().id());
    assertFalse(done.cancel(true), "a finished call cannot be cancelled");
  }

  @Test
  void credentialsOverPlainHttp_bypassTheProxy() throws Exception {
    try (FaultServer proxy = new FaultServer()) {
      proxy.otherwise(Reply.json(200, THING));
      server.otherwise(Reply.json(200, THING));
      OkHttpClient viaProxy = new OkHttpClient.Builder().proxy(new Proxy(Proxy.Type.HTTP,
          new InetSocketAddress("127.0.0.1", Integer.parseInt(proxy.url().substring(proxy.url().lastIndexOf(':') + 1)))))
          .build();
      builder().okHttpClient(viaProxy).build().execute(get());
      assertEquals(1, server.received().size());
      assertTrue(proxy.received().isEmpty(), "the bearer token never went to the proxy");
      builder().okHttpClient(viaProxy).credentials(Credentials.NONE).build().execute(get());
      assertEquals(1, proxy.received().size(), "without credentials the configured proxy is used");
    }
  }

  @Test
  void accessorsAndToString() {
    HttpTransport http = builder().build();
    assertSame(time, http.clock());
    assertSame(time, http.ticker());
    assertSame(time, http.sleeper());
    assertEquals("CLOSED", http.breakerState());
    assertEquals("token **** here", http.clean("token " + TestApi.TOKEN + " here", 100));
    assertEquals("HttpTransport[testapi " + server.url() + "/]", http.toString());
  }
}
