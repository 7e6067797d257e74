package com.wekruit.valet.attack;

import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.error;
import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.ok;
import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.page;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.cloudflare.CloudflareClient;
import com.wekruit.valet.cloudflare.DnsRecord;
import com.wekruit.valet.cloudflare.DnsRecordQuery;
import com.wekruit.valet.cloudflare.DnsRecordRequest;
import com.wekruit.valet.cloudflare.DnsRecordType;
import com.wekruit.valet.cloudflare.DuplicateRecordException;
import com.wekruit.valet.cloudflare.UpsertResult;
import com.wekruit.valet.cloudflare.testing.CloudflarePayloads;
import com.wekruit.valet.cloudflare.testing.FakeCloudflare;
import com.wekruit.valet.error.BudgetSpentException;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.LogCapture;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Cloudflare client against a broken or hostile API: envelopes that lie about success, list filters the server
 * ignores, concurrent upserts, pages that shift, 429s that invite a storm, legacy keys in the wrong place.
 */
class CloudflareAttackTest {
  private static final String TOKEN = "cfut_AttackTokenQ9x7Lm2Zp4Rt6Vb8Nc0Ws1Ye3Ud5";
  private static final String LEGACY_KEY = "0123456789abcdef0123456789abcdef01234";
  private static final String ZONE = "023e105f4ecef8ad9ca31a8372d0c353";
  private static final String RECORDS = "/client/v4/zones/" + ZONE + "/dns_records";
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

  private CloudflareClient.Builder builder() {
    return CloudflareClient.builder().token(TOKEN).baseUrl(server.url() + "/client/v4").clock(time).ticker(time)
        .sleeper(time).readTimeout(Duration.ofSeconds(2)).retryPolicy(RetryPolicy.defaults());
  }

  private static String record(String id, String type, String name, String content) {
    return CloudflarePayloads.dnsRecord(id, type, name, content, 1, false, null, List.of());
  }

  private static Reply json(String body) {
    return Reply.json(200, body);
  }

  private static DnsRecordRequest a(String name, String ip) {
    return DnsRecordRequest.builder(DnsRecordType.A, name, ip).build();
  }

  private long writes() {
    return server.received().stream().filter(r -> !r.method().equals("GET")).count();
  }

  // ---- the envelope -----------------------------------------------------------------------------------------

  @Test
  void successFalseOnHttp200_isATypedApiError_neverRepeated() {
    server.then(json(error("1003", "Invalid or missing zone id.")),
        json("{\"success\":false,\"errors\":[],\"messages\":[],\"result\":{\"id\":\"x\"}}"),
        json(error("81057", "Record already exists.")));
    CloudflareClient cf = builder().build();
    ValetApiException e = assertThrows(ValetApiException.class, () -> cf.zones().get(ZONE));
    assertEquals("1003", e.providerCode());
    assertThrows(ValetException.class, () -> cf.zones().get(ZONE), "success:false without errors, odd result");
    DuplicateRecordException dup = assertThrows(DuplicateRecordException.class,
        () -> cf.dnsRecords(ZONE).create(a("app.example.com", "203.0.113.1")));
    assertFalse(dup.mayHaveTakenEffect());
    assertEquals(3, server.received().size(), "nothing repeated");
  }

  @Test
  void successAsStringOrMissing_isTyped() {
    server.then(json("{\"success\":\"false\",\"errors\":[],\"result\":null}"), json("{\"errors\":[],\"result\":{}}"),
        json("{\"success\":true,\"errors\":[],\"messages\":[],\"result\":{}}"));
    CloudflareClient cf = builder().build();
    for (int i = 0; i < 3; i++) assertThrows(ValetException.class, () -> cf.zones().get(ZONE));
  }

  // ---- upsert: never the wrong record ----------------------------------------------------------------------

  @Test
  void upsert_onlyConsidersRecordsOfItsName_whateverTheListReturns() {
    // a proxy or an older API version that drops the name filter: the only A record is another host's
    server.then(json(page(List.of(record("r-other", "A", "db.example.com", "198.51.100.9")), 1, 500, 1, true)))
        .otherwise(json(ok(record("r-new", "A", "app.example.com", "203.0.113.1"))));
    CloudflareClient cf = builder().build();
    try {
      cf.dnsRecords(ZONE).upsert(a("app.example.com", "203.0.113.1"));
    } catch (ValetException refused) {
      // refusing is fine too
    }
    assertTrue(server.received().stream().noneMatch(r -> r.path().endsWith("/r-other")),
        "db.example.com was touched: " + server.received());
  }

  @Test
  void upsert_onlyConsidersRecordsOfItsType_whateverTheListReturns() {
    server.then(json(page(List.of(record("r-cname", "CNAME", "app.example.com", "lb.example.net")), 1, 500, 1,
        true))).otherwise(json(ok(record("r-new", "AAAA", "app.example.com", "2001:db8::1"))));
    CloudflareClient cf = builder().build();
    try {
      cf.dnsRecords(ZONE).upsert(DnsRecordRequest.builder(DnsRecordType.AAAA, "app.example.com", "2001:db8::1")
          .build());
    } catch (ValetException refused) {
      // refusing is fine too
    }
    assertTrue(server.received().stream().noneMatch(r -> r.path().endsWith("/r-cname")),
        "the CNAME was touched: " + server.received());
  }

  @Test
  void upsert_aNullRecordInTheList_isTyped_andNothingIsWritten() {
    server.then(json("{\"success\":true,\"errors\":[],\"messages\":[],\"result\":[null],"
        + "\"result_info\":{\"page\":1,\"per_page\":500,\"count\":1,\"total_count\":1,\"total_pages\":1}}"));
    CloudflareClient cf = builder().build();
    Throwable t = assertThrows(Throwable.class, () -> cf.dnsRecords(ZONE).upsert(a("app.example.com", "203.0.113.1")));
    assertInstanceOf(ValetException.class, t, "untyped: " + t);
    assertEquals(0, writes());
  }

  // ---- upsert: never a duplicate -----------------------------------------------------------------------------

  @Test
  void upsert_aRecordListedOnTwoShiftedPages_countsOnce() {
    // a record created elsewhere while we page shifts the list: the same record is on page 1 and page 2
    String r1 = record("r1", "A", "app.example.com", "203.0.113.1");
    server.then(json(page(List.of(r1), 1, 1, 2, true)), json(page(List.of(r1), 2, 1, 2, true)));
    CloudflareClient cf = builder().build();
    UpsertResult r = cf.dnsRecords(ZONE).upsert(a("app.example.com", "203.0.113.1"));
    assertEquals(UpsertResult.Outcome.UNCHANGED, r.outcome());
    assertEquals(0, writes());
  }

  @Test
  void upsert_readsEveryPage_beforeChoosing() {
    // a server capping per_page at 1: the second record of the name is on page 2
    server.then(json(page(List.of(record("r1", "A", "app.example.com", "203.0.113.1")), 1, 1, 2, true)),
        json(page(List.of(record("r2", "A", "app.example.com", "203.0.113.2")), 2, 1, 2, true)));
    CloudflareClient cf = builder().build();
    assertThrows(com.wekruit.valet.cloudflare.AmbiguousRecordsException.class,
        () -> cf.dnsRecords(ZONE).upsert(a("app.example.com", "203.0.113.7")));
    assertEquals(0, writes());
  }

  @Test
  void upsert_aCreateLostInFlight_isNotSentTwice_andTheRetryFindsIt() {
    server.then(json(page(List.of(), 1, 500, 0, true)), Reply.reset(),
        json(page(List.of(record("r1", "A", "app.example.com", "203.0.113.1")), 1, 500, 1, true)));
    CloudflareClient cf = builder().build();
    ValetException e = assertThrows(ValetException.class,
        () -> cf.dnsRecords(ZONE).upsert(a("app.example.com", "203.0.113.1")));
    assertTrue(e.mayHaveTakenEffect(), e.toString());
    assertEquals(1, server.count("POST", RECORDS));
    UpsertResult again = cf.dnsRecords(ZONE).upsert(a("app.example.com", "203.0.113.1"));
    assertEquals(UpsertResult.Outcome.UNCHANGED, again.outcome());
    assertEquals(1, server.count("POST", RECORDS));
  }

  @Test
  void upsert_twoConcurrentWriters_leaveOneARecord() throws Exception {
    // A records of one name may coexist (round-robin), so Cloudflare does not refuse the second create
    try (FakeCloudflare fake = FakeCloudflare.start(0)) {
      String zone = fake.addZone("example.com");
      CloudflareClient cf = CloudflareClient.builder().token(TOKEN).baseUrl(fake.baseUrl()).build();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        for (int i = 0; i < 12; i++) {
          String name = "race" + i + ".example.com";
          CyclicBarrier start = new CyclicBarrier(2);
          List<Future<UpsertResult>> both = new ArrayList<>();
          for (String ip : List.of("203.0.113.1", "203.0.113.2")) {
            both.add(pool.submit(() -> {
              start.await();
              return cf.dnsRecords(zone).upsert(a(name, ip));
            }));
          }
          for (Future<UpsertResult> f : both) f.get(20, TimeUnit.SECONDS);
          List<DnsRecord> left = cf.dnsRecords(zone).list(DnsRecordQuery.all().type(DnsRecordType.A).name(name))
              .stream().toList();
          assertEquals(1, left.size(), name + ": " + left);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  // ---- the client-wide gate --------------------------------------------------------------------------------

  @Test
  void aGlobal429WithRetryAfterZero_closesTheGateForFiveMinutes_soNoCallHammers() {
    server.otherwise(Reply.json(429, error("971", "Please wait and consider throttling your request speed"),
        "Retry-After", "0"));
    CloudflareClient cf = builder().build();
    ValetApiException first = assertThrows(ValetApiException.class, () -> cf.zones().get(ZONE));
    assertEquals(Duration.ofMinutes(5), first.retryAfter().orElseThrow());
    for (int i = 0; i < 4; i++) assertThrows(BudgetSpentException.class, () -> cf.zones().get(ZONE));
    assertEquals(1, server.received().size(), "requests to a blocked API");
    assertTrue(time.sleeps().isEmpty(), time.sleeps().toString());
  }

  @Test
  void aGlobal429_thenCallersWithAShortWait_failAtOnce_saying_notSent() {
    server.then(Reply.html(429, "<html>rate limited</html>")).otherwise(json(ok("{}")));
    CloudflareClient cf = builder().retryPolicy(RetryPolicy.builder().maxServerWait(Duration.ofSeconds(30)).build())
        .build();
    assertThrows(ValetApiException.class, () -> cf.zones().get(ZONE));
    for (int i = 0; i < 3; i++) {
      BudgetSpentException e = assertThrows(BudgetSpentException.class,
          () -> cf.dnsRecords(ZONE).create(a("app.example.com", "203.0.113.1")));
      assertTrue(e.getMessage().contains("not sent"), e.getMessage());
      assertTrue(e.retryAfter().compareTo(Duration.ofSeconds(30)) > 0, e.retryAfter().toString());
    }
    assertEquals(1, server.received().size());
    assertTrue(time.sleeps().isEmpty());
  }

  @Test
  void rateLimitResetAsAnHttpDate_isNotACrash() {
    server.otherwise(Reply.json(200, ok(CloudflarePayloads.zone(ZONE, "example.com")), "X-RateLimit-Limit", "1200",
        "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "Wed, 21 Oct 2026 07:28:00 GMT"));
    CloudflareClient cf = builder().retryPolicy(RetryPolicy.builder().maxServerWait(Duration.ofSeconds(1)).build())
        .build();
    cf.zones().get(ZONE);
    try {
      cf.zones().get(ZONE);
    } catch (ValetException typed) {
      // waiting for the reset is fine, so is a typed refusal
    }
  }

  // ---- legacy credentials ----------------------------------------------------------------------------------

  @Test
  void aTokenGivenAsTheLegacyKey_isRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> CloudflareClient.builder().legacyKey("ops@example.com", TOKEN).baseUrl(server.url()).build());
  }

  @Test
  void theLegacyKeyEchoed_isRedactedFromMessagesAndLogs() {
    server.otherwise(Reply.json(400, error("6003", "Invalid request headers: X-Auth-Key " + LEGACY_KEY
        + " is malformed"), "CF-Ray", LEGACY_KEY));
    try (LogCapture logs = LogCapture.everything()) {
      CloudflareClient cf = CloudflareClient.builder().legacyKey("ops@example.com", LEGACY_KEY)
          .baseUrl(server.url() + "/client/v4").clock(time).ticker(time).sleeper(time).build();
      ValetApiException e = assertThrows(ValetApiException.class, () -> cf.zones().get(ZONE));
      String all = e + " " + e.error() + " " + e.requestId() + " " + cf + " " + logs.all();
      assertFalse(all.contains(LEGACY_KEY), all);
      assertEquals(LEGACY_KEY, server.received().get(0).headers().get("X-Auth-Key"));
      assertNull(server.received().get(0).headers().get("Authorization"));
    }
  }

  // ---- R2 bucket management --------------------------------------------------------------------------------

  @Test
  void r2BucketListOfTheWrongShape_isUndecodableBody() {
    server.then(json(ok("{\"buckets\":[{\"creation_date\":\"2026-01-01T00:00:00Z\"}]}")),
        json(ok("{\"buckets\":\"none\"}")));
    CloudflareClient cf = builder().build();
    for (int i = 0; i < 2; i++) {
      Throwable t = assertThrows(Throwable.class, () -> cf.r2Buckets(ZONE).list(null).stream().toList());
      assertInstanceOf(ValetException.class, t, "untyped: " + t);
    }
  }
}
