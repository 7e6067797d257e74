package com.wekruit.valet.upstash;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.github.tomakehurst.wiremock.http.Fault;
import com.wekruit.valet.error.InvalidInputException;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.spec.WireMockApi;
import com.wekruit.valet.testing.LogCapture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Redis REST client against WireMock with Upstash's documented shapes (the REST API has no OpenAPI document; field
 * names follow the REST docs): encoding, errors, pipelines, transactions, retries only for reads, sync tokens.
 */
class UpstashRedisTest extends WireMockApi {
  static final String TOKEN = "AXW_ASQgRedisRestToken0123456789abcdef";
  UpstashRedis redis;

  @BeforeEach
  void client() {
    validateSpec = false; // the REST API has no OpenAPI document
    redis = UpstashRedis.builder().baseUrl(wm.baseUrl()).token(TOKEN).clock(time).ticker(time).sleeper(time)
        .readTimeout(Duration.ofSeconds(5)).build();
  }

  @Override
  protected OpenApiInteractionValidator spec() {
    throw new UnsupportedOperationException("no spec for the Redis REST API");
  }

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void command_isAJsonArrayWithBearerAndBase64_andStringsAreDecodedExceptOk() {
    wm.stubFor(post("/").withRequestBody(equalToJson("[\"SET\",\"k\",\"v\",\"EX\",\"60\"]"))
        .willReturn(okJson("{\"result\":\"OK\"}")));
    wm.stubFor(post("/").withRequestBody(equalToJson("[\"GET\",\"k\"]"))
        .willReturn(okJson("{\"result\":\"" + b64("héllo") + "\"}")));
    wm.stubFor(post("/").withRequestBody(equalToJson("[\"GET\",\"missing\"]")).willReturn(okJson("{\"result\":null}")));
    assertEquals("OK", redis.execute("SET", "k", "v", "EX", 60).asString());
    assertEquals("héllo", redis.execute("GET", "k").asString());
    assertTrue(redis.execute("GET", "missing").isNil());
    wm.verify(3, postRequestedFor(urlEqualTo("/")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("Upstash-Encoding", equalTo("base64")));
  }

  @Test
  void integersAndNestedArrays_areExact() {
    wm.stubFor(post("/").willReturn(okJson("{\"result\":[9007199254740993,[\"" + b64("a") + "\",null]]}")));
    RedisReply r = redis.execute("EVAL", "return 1", "0");
    assertEquals(9007199254740993L, r.asList().get(0).asLong());
    assertEquals("a", r.asList().get(1).asList().get(0).asString());
    assertTrue(r.asList().get(1).asList().get(1).isNil());
  }

  @Test
  void failingCommand_isATypedErrorWithTheRedisCode() {
    wm.stubFor(post("/").willReturn(jsonResponse("{\"error\":\"WRONGTYPE Operation against a key holding the wrong "
        + "kind of value\"}", 400)));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> redis.execute("INCR", "list"));
    assertEquals("WRONGTYPE", e.providerCode());
    assertFalse(e.retryable());
    wm.verify(1, postRequestedFor(urlEqualTo("/")));
  }

  @Test
  void quotaError_isFinalAndNotRetried() {
    wm.stubFor(post("/").willReturn(jsonResponse("{\"error\":\"ERR max requests limit exceeded. Limit: 500000, "
        + "Usage: 500000\"}", 400)));
    ValetApiException e = assertThrows(ValetApiException.class, () -> redis.execute("GET", "k"));
    assertEquals("ERR", e.providerCode());
    assertTrue(e.getMessage().contains("max requests limit"), e.getMessage());
    wm.verify(1, postRequestedFor(urlEqualTo("/")));
  }

  @Test
  void lostAnswer_repeatsAReadButNeverAWrite() {
    wm.stubFor(post("/").inScenario("s").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
        .willSetStateTo("ok"));
    wm.stubFor(post("/").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{\"result\":\"" + b64("1")
        + "\"}")));
    assertEquals("1", redis.execute("GET", "counter").asString());
    wm.verify(2, postRequestedFor(urlEqualTo("/")));

    wm.resetAll();
    wm.stubFor(post("/").willReturn(aResponse().withStatus(503)));
    for (RedisCommand write : List.of(RedisCommand.of("INCR", "counter"), RedisCommand.of("LPUSH", "q", "job"))) {
      ValetException e = assertThrows(ValetException.class, () -> redis.execute(write));
      assertTrue(e.mayHaveTakenEffect(), e.getMessage());
      assertFalse(e.retryable());
    }
    wm.verify(2, postRequestedFor(urlEqualTo("/")));
    assertTrue(RedisCommand.of("get", "k").readOnly());
    assertFalse(RedisCommand.of("GETEX", "k", "EX", "1").readOnly());
  }

  @Test
  void pipeline_givesEachCommandItsReplyOrError() {
    wm.stubFor(post("/pipeline").withRequestBody(equalToJson("[[\"SET\",\"a\",\"x\"],[\"INCR\",\"a\"]]"))
        .willReturn(okJson("[{\"result\":\"OK\"},{\"error\":\"ERR value is not an integer or out of range\"}]")));
    List<RedisReply> replies = redis.pipeline(List.of(RedisCommand.of("SET", "a", "x"), RedisCommand.of("INCR", "a")));
    assertEquals("OK", replies.get(0).asString());
    assertTrue(replies.get(1).isError());
    assertTrue(replies.get(1).error().startsWith("ERR value"));
  }

  @Test
  void discardedTransaction_isOneTypedError_andAWrongReplyCountIsAProtocolError() {
    wm.stubFor(post("/multi-exec").willReturn(okJson("{\"error\":\"EXECABORT Transaction discarded because of "
        + "previous errors.\"}")));
    ValetApiException e = assertThrows(ValetApiException.class, () -> redis.transaction(List.of(
        RedisCommand.of("SET", "a", "1"), RedisCommand.of("NOPE"))));
    assertEquals("EXECABORT", e.providerCode());
    wm.stubFor(post("/pipeline").willReturn(okJson("[{\"result\":\"OK\"}]")));
    assertThrows(com.wekruit.valet.error.ValetClientException.class, () -> redis.pipeline(List.of(
        RedisCommand.of("GET", "a"), RedisCommand.of("GET", "b"))));
  }

  @Test
  void syncToken_fromEachAnswerGoesWithTheNextRequest() {
    wm.stubFor(post("/").inScenario("t").willReturn(okJson("{\"result\":\"OK\"}")
        .withHeader("upstash-sync-token", "sync-1")).willSetStateTo("2"));
    wm.stubFor(post("/").inScenario("t").whenScenarioStateIs("2").willReturn(okJson("{\"result\":null}")
        .withHeader("upstash-sync-token", "sync-2")));
    redis.execute("SET", "k", "v");
    redis.execute("GET", "k");
    List<String> sent = wm.findAll(postRequestedFor(urlEqualTo("/"))).stream()
        .map(r -> r.getHeader("upstash-sync-token")).toList();
    assertEquals(java.util.Arrays.asList(null, "sync-1"), sent);
  }

  @Test
  void plainResponses_whenBase64IsOff() {
    redis = UpstashRedis.builder().baseUrl(wm.baseUrl()).token(TOKEN).base64Responses(false).build();
    wm.stubFor(post("/").willReturn(okJson("{\"result\":\"PONG\"}")));
    assertEquals("PONG", redis.execute("PING").asString());
    wm.verify(postRequestedFor(urlEqualTo("/")).withoutHeader("Upstash-Encoding"));
  }

  @Test
  void token_onlyInTheHeader_neverInLogsOrMessages() {
    wm.stubFor(post("/").willReturn(jsonResponse("{\"error\":\"WRONGPASS invalid or missing auth token " + TOKEN
        + "\"}", 401)));
    try (LogCapture logs = LogCapture.everything()) {
      ValetException e = assertThrows(ValetException.class, () -> redis.execute("GET", "k"));
      for (String s : List.of(e.getMessage(), redis.toString(), logs.all())) assertFalse(s.contains(TOKEN), s);
    }
    wm.verify(postRequestedFor(urlEqualTo("/")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    assertTrue(wm.findAll(postRequestedFor(urlMatching(".*_token.*"))).isEmpty());
    assertThrows(IllegalStateException.class, () -> UpstashRedis.fromEnv(java.util.Map.<String, String>of()::get));
  }
}
