package com.wekruit.valet.upstash;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.NotFoundException;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.testing.LogCapture;
import com.wekruit.valet.upstash.testing.UpstashPayloads;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The management API: spec-shaped exchanges, bare "OK" replies, non-uniform errors, Go timestamps, secrets. */
class UpstashDatabasesTest extends WireMockUpstash {
  static final String ID = "96ad0856-03b1-4ee7-9666-e81abd0349e1";
  static final String DB = UpstashPayloads.database(ID, "cache", "eu2-sought-mollusk-30143.upstash.io",
      "038a8e27c45e4d8f9a0b", "AXW_restTokenSecret", false, List.of("us-east-1"));

  @Test
  void create_sendsTheSpecBodyWithBasicAuth_andNeverShowsTheCredentials() {
    wm.stubFor(post("/v2/redis/database").willReturn(jsonResponse(DB, 200)));
    RedisDatabase db = upstash.databases().create(CreateDatabaseRequest.builder("cache", "eu-central-1")
        .readRegions(List.of("us-east-1")).plan("payg").eviction(false).build());
    assertEquals(ID, db.databaseId());
    assertEquals("https://eu2-sought-mollusk-30143.upstash.io", db.restUrl());
    assertEquals(List.of("us-east-1"), db.readRegions());
    assertTrue(db.state().is(DatabaseState.ACTIVE));
    for (String secret : List.of("038a8e27c45e4d8f9a0b", "AXW_restTokenSecret")) {
      assertFalse(db.toString().contains(secret), db.toString());
    }
    String basic = "Basic " + Base64.getEncoder().encodeToString((EMAIL + ":" + API_KEY).getBytes());
    wm.verify(postRequestedFor(urlEqualTo("/v2/redis/database")).withHeader("Authorization", equalTo(basic))
        .withRequestBody(equalToJson("{\"database_name\":\"cache\",\"platform\":\"aws\",\"primary_region\":"
            + "\"eu-central-1\",\"read_regions\":[\"us-east-1\"],\"plan\":\"payg\",\"eviction\":false}")));
    assertThrows(IllegalArgumentException.class, () -> CreateDatabaseRequest.builder("x", "eu-central-1")
        .readRegions(List.of("eu-central-1")));
  }

  @Test
  void listGetRenameResetAndHiddenCredentials() {
    wm.stubFor(get("/v2/redis/databases").willReturn(jsonResponse("[" + DB + "]", 200)));
    wm.stubFor(get(urlPathEqualTo("/v2/redis/database/" + ID)).withQueryParam("credentials", equalTo("hide"))
        .willReturn(jsonResponse(UpstashPayloads.database(ID, "cache", "x.upstash.io", null, null, false, List.of()),
            200)));
    wm.stubFor(post("/v2/redis/rename/" + ID).willReturn(jsonResponse(DB.replace("\"cache\"", "\"sessions\""), 200)));
    wm.stubFor(post("/v2/redis/reset-password/" + ID).willReturn(jsonResponse(DB.replace("AXW_", "AXW_new_"), 200)));
    assertEquals(1, upstash.databases().list().size());
    RedisDatabase hidden = upstash.databases().getWithoutCredentials(ID);
    assertNull(hidden.password());
    assertNull(hidden.restToken());
    assertEquals("sessions", upstash.databases().rename(ID, "sessions").databaseName());
    assertEquals("AXW_new_restTokenSecret", upstash.databases().resetPassword(ID).restToken());
    wm.verify(postRequestedFor(urlEqualTo("/v2/redis/rename/" + ID)).withRequestBody(equalToJson("{\"name\":\"sessions\"}")));
  }

  @Test
  void bareOkReplies_areSuccess_andAnythingElseIsUndecodable() {
    wm.stubFor(post("/v2/redis/enable-eviction/" + ID).willReturn(jsonResponse("\"OK\"", 200)));
    wm.stubFor(post("/v2/redis/update-regions/" + ID).willReturn(jsonResponse("\"OK\"", 200)));
    wm.stubFor(delete("/v2/redis/database/" + ID).willReturn(jsonResponse("\"OK\"", 200)));
    upstash.databases().enableEviction(ID);
    upstash.databases().updateRegions(ID, List.of("us-west-1", "us-west-2"));
    upstash.databases().delete(ID);
    wm.verify(postRequestedFor(urlEqualTo("/v2/redis/update-regions/" + ID))
        .withRequestBody(equalToJson("{\"read_regions\":[\"us-west-1\",\"us-west-2\"]}")));

    validateSpec = false;
    wm.stubFor(post("/v2/redis/disable-eviction/" + ID).willReturn(jsonResponse("\"NOPE\"", 200)));
    ValetClientException e = assertThrows(ValetClientException.class, () -> upstash.databases().disableEviction(ID));
    assertEquals(ValetClientException.Kind.UNDECODABLE_BODY, e.kind());
  }

  @Test
  void errorBodies_ofEveryShape_becomeTypedErrorsWithTheirMessage() {
    validateSpec = false; // the spec declares no error responses
    wm.stubFor(get("/v2/redis/database/a").willReturn(jsonResponse("\"database not found\"", 404)));
    wm.stubFor(get("/v2/redis/database/b").willReturn(jsonResponse("{\"error\":\"database is suspended\"}", 400)));
    wm.stubFor(get("/v2/redis/database/c").willReturn(jsonResponse("{\"code\":\"E42\",\"message\":\"bad plan\"}", 400)));
    wm.stubFor(get("/v2/redis/database/d").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "text/plain").withBody("invalid database id")));
    NotFoundException nf = assertThrows(NotFoundException.class, () -> upstash.databases().get("a"));
    assertEquals("database not found", nf.error().message());
    assertEquals("database is suspended", assertThrows(ValetApiException.class, () -> upstash.databases().get("b"))
        .error().message());
    ValetApiException c = assertThrows(ValetApiException.class, () -> upstash.databases().get("c"));
    assertEquals("E42", c.providerCode());
    assertEquals("bad plan", c.error().message());
    assertEquals("invalid database id", assertThrows(ValetApiException.class, () -> upstash.databases().get("d"))
        .error().message());
  }

  @Test
  void olderShapes_stringCreationTimeAndARequestLimitBeyondLong_decode() {
    validateSpec = false; // older answers than the spec
    wm.stubFor(get("/v2/redis/database/" + ID).willReturn(jsonResponse(DB.replace("\"creation_time\":1752649602",
        "\"creation_time\":\"1658909671\"").replace("8024278031528736858", "9223372036854775808")
        .replace("\"type\":\"payg\"", "\"database_type\":\"Pay as You Go\""), 200)));
    RedisDatabase db = upstash.databases().get(ID);
    assertEquals(Instant.ofEpochSecond(1658909671), db.created());
    assertEquals(new BigDecimal("9223372036854775808"), db.dbRequestLimit());
    assertEquals("Pay as You Go", db.databaseType());
  }

  @Test
  void stats_parseGoTimestamps() {
    String stats = UpstashPayloads.stats(List.of("2025-08-31 15:12:52.799480932 +0000 UTC",
        "2025-08-31 15:13:02.5 +0000 UTC", "2025-08-31 15:13:12 +0000 UTC m=+3.000000001"), 42, 4096, 17);
    wm.stubFor(get("/v2/redis/stats/" + ID).willReturn(jsonResponse(stats, 200)));
    validateSpec = false; // the m=+ suffix is checked below; the spec only says "string"
    DatabaseStats s = upstash.databases().stats(ID);
    assertEquals(Instant.parse("2025-08-31T15:12:52.799480932Z"), s.keyspace().get(0).at());
    assertEquals(Instant.parse("2025-08-31T15:13:02.500Z"), s.keyspace().get(1).at());
    assertEquals(Instant.parse("2025-08-31T15:13:12Z"), DatabaseStats.latest(s.keyspace()).at());
    assertEquals(42, DatabaseStats.latest(s.keyspace()).value());
    assertEquals(17, s.dailyNetCommands());
    assertEquals(4096, s.currentStorage());
    assertEquals(3, s.commandCounts().get("GET").get(0).value());
    assertNotNull(s.monitorCount());

    wm.stubFor(get("/v2/redis/stats/bad").willReturn(jsonResponse(UpstashPayloads.stats(List.of("31/08/2025"), 1, 1,
        1), 200)));
    ValetClientException e = assertThrows(ValetClientException.class, () -> upstash.databases().stats("bad"));
    assertEquals(ValetClientException.Kind.UNDECODABLE_BODY, e.kind());
  }

  @Test
  void statsBody_matchesTheSpec() {
    wm.stubFor(get("/v2/redis/stats/" + ID).willReturn(jsonResponse(UpstashPayloads.stats(List.of(
        "2025-08-31 15:12:52.799480932 +0000 UTC"), 1, 64, 1), 200)));
    assertEquals(1, upstash.databases().stats(ID).keyspace().size());
  }

  @Test
  void credentials_neverInMessagesLogsOrToString() {
    validateSpec = false;
    wm.stubFor(get("/v2/redis/database/x").willReturn(jsonResponse("\"bad key " + API_KEY + "\"", 401)));
    try (LogCapture logs = new LogCapture()) {
      ValetApiException e = assertThrows(ValetApiException.class, () -> upstash.databases().get("x"));
      for (String s : List.of(e.getMessage(), upstash.toString(), logs.all())) {
        assertFalse(s.contains(API_KEY), s);
      }
    }
    assertThrows(IllegalStateException.class, () -> UpstashClient.fromEnv(Map.of("UPSTASH_EMAIL", EMAIL)::get));
    assertNotNull(UpstashClient.fromEnv(Map.of("UPSTASH_EMAIL", EMAIL, "UPSTASH_API_KEY", API_KEY)::get));
  }
}
