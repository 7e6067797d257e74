package com.wekruit.valet.hetzner;

import com.wekruit.valet.hetzner.testing.HetznerPayloads;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.wekruit.valet.error.RateLimitedException;
import com.wekruit.valet.error.ServerErrorException;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.http.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix: every fault ends in success after a bounded retry or in a typed exception, and a create is never
 * sent twice unless the error proves the first one did not happen.
 */
class HetznerFaultsTest extends WireMockHetzner {
  private static final String SERVER = "{\"server\":" + HetznerPayloads.server(42, "api-1", "running") + "}";
  private static final String CREATED = "{\"server\":" + HetznerPayloads.server(42, "api-1", "initializing")
      + ",\"action\":" + HetznerPayloads.action(1, "create_server", "running", 0) + ",\"next_actions\":[],\"root_password\":null}";
  private static final String HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body><center>"
      + "<h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

  @BeforeEach
  void faultsAreNotSpecShaped() {
    validateSpec = false;
    hetzner = client(RetryPolicy.defaults(), Duration.ofMillis(300));
  }

  static Stream<Arguments> transientFaults() {
    return Stream.of(
        Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), Kind.IO),
        Arguments.of("empty reply", aResponse().withFault(Fault.EMPTY_RESPONSE), Kind.IO),
        Arguments.of("malformed chunk", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK), Kind.IO),
        Arguments.of("random data then close", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE), Kind.IO),
        Arguments.of("slow body past read timeout", okJson(SERVER).withFixedDelay(1500), Kind.TIMEOUT));
  }

  @ParameterizedTest(name = "{0}: GET retries once and succeeds")
  @MethodSource("transientFaults")
  void idempotentGet_retriesAfterTransientFault(String name, ResponseDefinitionBuilder fault, Kind kind) {
    stubOnceThen(() -> get("/v1/servers/42"), fault, okJson(SERVER));
    assertEquals(42, hetzner.servers().get(42).id());
    wm.verify(2, getRequestedFor(urlEqualTo("/v1/servers/42")));
    assertEquals(1, time.sleeps().size());
  }

  @ParameterizedTest(name = "{0}: create is sent once and fails typed")
  @MethodSource("transientFaults")
  void create_isNeverRepeatedAfterAmbiguousFault(String name, ResponseDefinitionBuilder fault, Kind kind) {
    stubOnceThen(() -> post("/v1/servers"), fault, jsonResponse(CREATED, 201));
    ValetClientException e = assertThrows(ValetClientException.class, this::create);
    assertEquals(kind, e.kind());
    assertFalse(e.retryable());
    assertEquals(1, e.attempts());
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/servers")));
  }

  @Test
  void rateLimitedCreate_isRetriedBecauseItWasRejected_afterRetryAfterSeconds() {
    stubOnceThen(() -> post("/v1/servers"), jsonResponse(HetznerPayloads.error("rate_limit_exceeded", "limit reached"), 429)
        .withHeader("Retry-After", "7"), jsonResponse(CREATED, 201));
    assertEquals(42, create().server().id());
    wm.verify(2, postRequestedFor(urlEqualTo("/v1/servers")));
    assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps());
  }

  @Test
  void retryAfterAsHttpDate_isHonoured() {
    stubOnceThen(() -> get("/v1/servers/42"), jsonResponse(HetznerPayloads.error("rate_limit_exceeded", "limit"), 429)
        .withHeader("Retry-After", "Thu, 26 Nov 2026 03:00:12 GMT"), okJson(SERVER));
    hetzner.servers().get(42);
    assertEquals(List.of(Duration.ofSeconds(12)), time.sleeps());
  }

  @Test
  void rateLimitReset_pacesTheRetry_andIsVisibleToCallers() {
    long reset = time.instant().getEpochSecond() + 3600;
    stubOnceThen(() -> get("/v1/servers/42"), jsonResponse(HetznerPayloads.error("rate_limit_exceeded", "limit"), 429)
        .withHeader("RateLimit-Limit", "3600").withHeader("RateLimit-Remaining", "0")
        .withHeader("RateLimit-Reset", String.valueOf(reset)),
        okJson(SERVER).withHeader("RateLimit-Limit", "3600").withHeader("RateLimit-Remaining", "1")
            .withHeader("RateLimit-Reset", String.valueOf(reset)));
    hetzner.servers().get(42);
    assertEquals(1, time.sleeps().size());
    Duration slept = time.sleeps().get(0);
    assertTrue(slept.compareTo(Duration.ofSeconds(1)) >= 0 && slept.compareTo(Duration.ofMillis(1500)) <= 0,
        "one token refills in 3600 s / 3600, under the jittered minimum backoff: " + slept);
    assertEquals(1, hetzner.rateLimit().remaining());
    assertEquals(3600, hetzner.rateLimit().limit());
  }

  @Test
  void retryAfterLongerThanTheMaximumWait_isThrownNotSlept() {
    wm.stubFor(get("/v1/servers/42").willReturn(jsonResponse(HetznerPayloads.error("rate_limit_exceeded", "limit"), 429)
        .withHeader("Retry-After", "3600")));
    RateLimitedException e = assertThrows(RateLimitedException.class, () -> hetzner.servers().get(42));
    assertEquals(Duration.ofHours(1), e.retryAfter().orElseThrow());
    assertTrue(time.sleeps().isEmpty());
  }

  @Test
  void badGatewayAndGatewayTimeout_areRetriedForGet() {
    for (int status : new int[] {502, 504}) {
      wm.resetAll();
      stubOnceThen(() -> get("/v1/servers/42"), aResponse().withStatus(status), okJson(SERVER));
      assertEquals(42, hetzner.servers().get(42).id());
      wm.verify(2, getRequestedFor(urlEqualTo("/v1/servers/42")));
    }
  }

  @Test
  void unavailable503_isNotRetried() {
    wm.stubFor(get("/v1/servers/42").willReturn(jsonResponse(HetznerPayloads.error("unavailable", "down"), 503)));
    ServerErrorException e = assertThrows(ServerErrorException.class, () -> hetzner.servers().get(42));
    assertEquals("unavailable", e.providerCode());
    assertFalse(e.retryable());
    wm.verify(1, getRequestedFor(urlEqualTo("/v1/servers/42")));
  }

  @Test
  void htmlBadGatewayOnCreate_isTypedAndNotRepeated() {
    wm.stubFor(post("/v1/servers").willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
        .withBody(HTML_502)));
    ServerErrorException e = assertThrows(ServerErrorException.class, this::create);
    assertEquals(502, e.statusCode());
    assertNull(e.providerCode());
    assertTrue(e.getMessage().contains("non-JSON error body (text/html"), e.getMessage());
    wm.verify(1, postRequestedFor(urlEqualTo("/v1/servers")));
  }

  @Test
  void persistentBadGateway_givesUpAfterMaxAttempts() {
    hetzner = client(RetryPolicy.builder().maxAttempts(3).build(), Duration.ofSeconds(1));
    wm.stubFor(get("/v1/servers/42").willReturn(aResponse().withStatus(502)));
    ServerErrorException e = assertThrows(ServerErrorException.class, () -> hetzner.servers().get(42));
    assertEquals(3, e.attempts());
    wm.verify(3, getRequestedFor(urlEqualTo("/v1/servers/42")));
    assertEquals(2, time.sleeps().size());
    for (Duration d : time.sleeps()) assertTrue(d.toMillis() >= 500 && d.toMillis() <= 3000, d.toString());
  }

  @Test
  void truncatedJson_wrongTypedField_areUndecodable_andNotRetried() {
    wm.stubFor(get("/v1/servers/1").willReturn(okJson(SERVER.substring(0, SERVER.length() / 2))));
    wm.stubFor(get("/v1/servers/2").willReturn(okJson(SERVER.replace("\"id\":42", "\"id\":\"forty-two\""))));
    for (long id : new long[] {1, 2}) {
      ValetClientException e = assertThrows(ValetClientException.class, () -> hetzner.servers().get(id));
      assertEquals(Kind.UNDECODABLE_BODY, e.kind());
      assertEquals(1, e.attempts());
    }
    wm.verify(1, getRequestedFor(urlEqualTo("/v1/servers/1")));
  }

  @Test
  void unauthorizedAndInvalidInput_neverRetry() {
    wm.stubFor(get("/v1/servers/42").willReturn(jsonResponse(HetznerPayloads.error("unauthorized", "unable to authenticate"), 401)));
    wm.stubFor(post("/v1/servers").willReturn(jsonResponse(HetznerPayloads.error("invalid_input", "invalid input in field 'name'"), 422)));
    ValetApiException a = assertThrows(com.wekruit.valet.error.UnauthorizedException.class, () -> hetzner.servers().get(42));
    ValetApiException b = assertThrows(com.wekruit.valet.error.InvalidInputException.class, this::create);
    assertFalse(a.retryable() || b.retryable());
    assertEquals(2, wm.getAllServeEvents().size());
  }

  @Test
  void repeatedOutages_openTheCircuit_thenItHalfOpensAfterTheWait() {
    hetzner = client(RetryPolicy.none(), Duration.ofSeconds(1));
    wm.stubFor(get("/v1/servers/42").willReturn(jsonResponse(HetznerPayloads.error("unavailable", "down"), 503)));
    for (int i = 0; i < 5; i++) assertThrows(ServerErrorException.class, () -> hetzner.servers().get(42));
    ValetClientException open = assertThrows(ValetClientException.class, () -> hetzner.servers().get(42));
    assertEquals(Kind.CIRCUIT_OPEN, open.kind());
    wm.verify(5, getRequestedFor(urlEqualTo("/v1/servers/42")));
    time.advance(Duration.ofSeconds(31));
    wm.stubFor(get("/v1/servers/42").willReturn(okJson(SERVER)));
    assertEquals(42, hetzner.servers().get(42).id());
  }

  private CreatedServer create() {
    return hetzner.servers().create(CreateServerRequest.builder("api-1", "cpx22", "ubuntu-24.04").build());
  }

  private static void stubOnceThen(Supplier<MappingBuilder> request, ResponseDefinitionBuilder first,
      ResponseDefinitionBuilder then) {
    wm.stubFor(request.get().inScenario("fault").whenScenarioStateIs(Scenario.STARTED).willReturn(first)
        .willSetStateTo("recovered"));
    wm.stubFor(request.get().inScenario("fault").whenScenarioStateIs("recovered").willReturn(then));
  }

}
