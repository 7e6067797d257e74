package com.wekruit.valet.attack;

import static com.wekruit.valet.attack.RawServer.write;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.BudgetSpentException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.http.BreakerPolicy;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Pagination;
import com.wekruit.valet.spi.ResponseCodec;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Promises 1, 5, 6, 7 and pagination: breaker, async, gate, deadlines, origins. */
class CallControlAttackTest {
  private static final String OK = "{\"thing\":{\"id\":7}}";
  private final FakeTime time = new FakeTime();

  private AttackApi.Builder builder(String url) {
    return new AttackApi.Builder().baseUrl(url).clock(time).ticker(time).sleeper(time)
        .readTimeout(Duration.ofSeconds(2));
  }

  private static void await(java.util.function.BooleanSupplier c) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!c.getAsBoolean() && System.nanoTime() < until) Thread.onSpinWait();
  }

  @Test
  void cancellingAsyncCalls_isNoOutage_andLeavesTheBreakerClosed() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    try (RawServer s = new RawServer((n, head, in, out) -> {
      if (n <= 5) com.wekruit.valet.testing.Stall.of(Duration.ofSeconds(3)); // slow, not failing: the caller gives up first
      write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + OK.length() + "\r\n\r\n" + OK);
    })) {
      HttpTransport http = builder(s.url()).okHttpClient(shared).readTimeout(Duration.ofSeconds(30))
          .callTimeout(Duration.ofSeconds(30)).build();
      for (int i = 1; i <= 5; i++) {
        CompletableFuture<AttackApi.ThingEnvelope> f = http.executeAsync(AttackApi.getThing());
        int want = i;
        await(() -> s.count() >= want);
        assertTrue(f.cancel(true));
      }
      await(() -> shared.dispatcher().runningCallsCount() == 0);
      assertEquals("CLOSED", http.breakerState(), "five cancelled calls, no outage, yet the breaker is "
          + http.breakerState());
      assertEquals(7, http.execute(AttackApi.getThing()).thing().id());
    }
  }

  @Test
  void postWithTimeoutZero_isNeverSent_andSaysItCannotHaveTakenEffect() throws Exception {
    try (FaultServer server = new FaultServer()) {
      server.otherwise(Reply.json(200, OK));
      ApiCall<AttackApi.ThingEnvelope> call = AttackApi.postThing().toBuilder().timeout(Duration.ZERO).build();
      ValetClientException e = assertThrows(ValetClientException.class, () -> builder(server.url()).build().execute(call));
      assertEquals(0, server.received().size());
      assertFalse(e.mayHaveTakenEffect(), "nothing was sent (attempts " + e.attempts() + "): " + e.getMessage());
    }
  }

  @Test
  void spentBudget_waitsOrFailsFast_sendingNothing_syncAndAsync() throws Exception {
    try (FaultServer server = new FaultServer()) {
      long reset = time.instant().getEpochSecond() + 50;
      server.then(Reply.json(200, OK, "RateLimit-Limit", "1", "RateLimit-Remaining", "0", "RateLimit-Reset",
          Long.toString(reset))).otherwise(Reply.json(200, OK));
      HttpTransport http = builder(server.url())
          .retryPolicy(RetryPolicy.builder().maxServerWait(Duration.ofSeconds(10)).build()).build();
      http.execute(AttackApi.getThing());
      BudgetSpentException e = assertThrows(BudgetSpentException.class, () -> http.execute(AttackApi.postThing()));
      assertFalse(e.mayHaveTakenEffect());
      ExecutionException ae = assertThrows(ExecutionException.class,
          () -> http.executeAsync(AttackApi.postThing()).get(5, TimeUnit.SECONDS));
      assertInstanceOf(BudgetSpentException.class, ae.getCause());
      assertEquals(1, server.received().size());
      HttpTransport patient = builder(server.url()).build();
      server.reset();
      server.then(Reply.json(200, OK, "RateLimit-Limit", "1", "RateLimit-Remaining", "0", "RateLimit-Reset",
          Long.toString(time.instant().getEpochSecond() + 50))).otherwise(Reply.json(200, OK));
      patient.execute(AttackApi.getThing());
      int before = time.sleeps().size();
      patient.execute(AttackApi.getThing());
      assertTrue(time.sleeps().get(before).compareTo(Duration.ofSeconds(49)) >= 0, time.sleeps().toString());
    }
  }

  @Test
  void retryAfterZeroPastDateAndZeroReset_neverShortenTheBackoff_andDeadlineHolds() throws Exception {
    try (FaultServer server = new FaultServer()) {
      server.otherwise(Reply.json(429, "{}", "Retry-After", "Thu, 01 Jan 1970 00:00:00 GMT", "RateLimit-Limit", "10",
          "RateLimit-Remaining", "0", "RateLimit-Reset", "0"));
      HttpTransport http = builder(server.url()).retryPolicy(RetryPolicy.builder().maxAttempts(20).build()).build();
      ApiCall<AttackApi.ThingEnvelope> call = AttackApi.postThing().toBuilder().timeout(Duration.ofSeconds(30)).build();
      assertThrows(ValetException.class, () -> http.execute(call));
      Duration total = Duration.ZERO;
      for (Duration d : time.sleeps()) {
        assertTrue(d.compareTo(Duration.ofMillis(500)) >= 0, "a sleep below the backoff floor: " + time.sleeps());
        total = total.plus(d);
      }
      assertTrue(total.compareTo(Duration.ofSeconds(30)) < 0, "slept past the call timeout: " + total);
      assertTrue(server.received().size() < 10, server.received().size() + " attempts");
    }
  }

  @Test
  void asyncFailuresAreTyped() throws Exception {
    try (FaultServer server = new FaultServer()) {
      HttpTransport http = builder(server.url()).readTimeout(Duration.ofMillis(300))
          .retryPolicy(RetryPolicy.none()).breakerPolicy(BreakerPolicy.disabled()).build();
      for (Reply r : List.of(Reply.reset(), Reply.emptyReply(), Reply.garbage("\u0000\u00ff junk"),
          Reply.malformedChunk(), Reply.truncated(200, 100, "{"), Reply.hang(), Reply.json(200, "{}"),
          Reply.json(200, "[" .repeat(10_000)), Reply.json(500, "{}"), Reply.of(302, "text/plain", "", "Location", "/x"))) {
        server.reset();
        server.otherwise(r);
        for (ApiCall<?> call : List.of(AttackApi.getThing(), AttackApi.postThing())) {
          ExecutionException e = assertThrows(ExecutionException.class,
              () -> http.executeAsync(call).get(5, TimeUnit.SECONDS), r.toString());
          assertInstanceOf(ValetException.class, e.getCause(), r + ": " + e.getCause());
        }
      }
    }
  }

  @Test
  void breakerNeverStuckHalfOpen_afterProbesThatExitThroughRefusalAndBadRequests() throws Exception {
    try (FaultServer server = new FaultServer(); FaultServer other = new FaultServer()) {
      HttpTransport http = builder(server.url()).retryPolicy(RetryPolicy.none())
          .breakerPolicy(new BreakerPolicy(2, 2, 50, Duration.ofSeconds(30), 1, true)).build();
      server.then(Reply.json(502, "{}"), Reply.json(502, "{}")).otherwise(Reply.json(200, OK));
      assertThrows(ValetException.class, () -> http.execute(AttackApi.getThing()));
      assertThrows(ValetException.class, () -> http.execute(AttackApi.getThing()));
      assertEquals("OPEN", http.breakerState());
      time.advance(Duration.ofSeconds(31));
      // exits that acquire the single half-open permit without an HTTP answer
      assertThrows(ValetException.class, () -> http.execute(ApiCall.link(other.url() + "/x",
          ResponseCodec.json(AttackApi.ThingEnvelope.class)).build()));
      assertThrows(ValetException.class, () -> http.execute(AttackApi.getThing().toBuilder()
          .header("X-Bad", "a\r\nInjected: 1").build()));
      assertThrows(ValetException.class, () -> http.execute(AttackApi.getThing().toBuilder()
          .header("Bad Name", "x").build()));
      assertEquals(7, http.execute(AttackApi.getThing()).thing().id(), "breaker " + http.breakerState());
      assertEquals("CLOSED", http.breakerState());
      assertTrue(other.received().isEmpty());
    }
  }

  @Test
  void trickyAbsoluteLinks_neverReachAnotherOrigin() throws Exception {
    try (FaultServer server = new FaultServer(); FaultServer other = new FaultServer()) {
      server.otherwise(Reply.json(200, OK));
      other.otherwise(Reply.json(200, OK));
      HttpTransport http = builder(server.url()).build();
      String me = server.url().substring("http://".length());
      String them = other.url().substring("http://".length());
      for (String link : List.of("http://" + them + "/x", "http://" + me + "@" + them + "/x",
          "http://" + them + "\\@" + me + "/x", "http://" + them + "#@" + me + "/x", "HTTP://" + them + "/x",
          "http://localhost:" + them.split(":")[1] + "/x", "http://[::ffff:127.0.0.1]:" + them.split(":")[1] + "/x",
          "http://127.0.0.1.:" + them.split(":")[1] + "/x", "http://2130706433:" + them.split(":")[1] + "/x",
          "https://" + me + "/x", "//" + them + "/x", "javascript:alert(1)", "/relative")) {
        try {
          http.execute(ApiCall.link(link, ResponseCodec.json(AttackApi.ThingEnvelope.class)).build());
        } catch (ValetException | IllegalArgumentException e) {
          // refused is fine
        }
        assertTrue(other.received().isEmpty(), link + " reached the other origin");
      }
      // and through the paginator
      server.reset();
      server.otherwise(Reply.json(200, "{\"things\":[{\"id\":1}],\"next\":\"" + other.url() + "/p2\"}"));
      Paginator<AttackApi.Thing> p = Pagination.links(http, ApiCall.<AttackApi.ThingPage>builder("GET", "/things",
          ResponseCodec.json(AttackApi.ThingPage.class)).build(), AttackApi.ThingPage::things, AttackApi.ThingPage::next);
      ValetClientException e = assertThrows(ValetClientException.class, () -> p.stream().count());
      assertEquals(Kind.REFUSED, e.kind());
      assertTrue(other.received().isEmpty());
    }
  }

  @Test
  void baseUrlsThatOnlyLookLikeLoopback_areRefusedForPlainHttp() {
    for (String url : List.of("http://127.0.0.1.evil.example/", "http://2130706433/", "http://0x7f.1/",
        "http://127.1/", "http://[::ffff:10.0.0.1]/", "http://localhost./", "http://0.0.0.0/",
        "http://127.0.0.1%2eevil.example/", "http://localhost%00.evil.example/", "http://[::]/", "http://10.0.0.1/")) {
      try {
        new AttackApi.Builder().baseUrl(url).build();
        fail(url + " accepted for plain-HTTP credentials");
      } catch (IllegalArgumentException expected) {
        // refused
      }
    }
  }

  @Test
  void plainHttpProxyOnTheSharedClient_isBypassedForLoopback() throws Exception {
    try (FaultServer local = new FaultServer()) {
      local.otherwise(Reply.json(200, OK));
      // TEST-NET-1 (RFC 5737): nothing answers there, so a call through this proxy could never succeed
      OkHttpClient careless = new OkHttpClient.Builder()
          .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("192.0.2.1", 3128)))
          .connectTimeout(Duration.ofMillis(300)).build();
      HttpTransport http = builder(local.url()).okHttpClient(careless).build();
      http.execute(AttackApi.getThing());
      assertEquals(1, local.received().size(), "the call went straight to loopback, not through the proxy");
      assertEquals("Bearer " + AttackApi.TOKEN, local.received().get(0).headers().get("Authorization"));
    }
  }

  @Test
  void firstPageLinkingToItself_stopsWithProtocolBeforeDuplicates() throws Exception {
    try (FaultServer server = new FaultServer()) {
      server.otherwise(Reply.json(200, "{\"things\":[{\"id\":1},{\"id\":2}],\"next\":\"1\"}"));
      HttpTransport http = builder(server.url()).build();
      Paginator<AttackApi.Thing> p = Pagination.pageNumbers(http, ApiCall.<AttackApi.ThingPage>builder("GET", "/things",
          ResponseCodec.json(AttackApi.ThingPage.class)).build(), "page", "per_page", 2, AttackApi.ThingPage::things,
          e -> e.next() == null ? null : Long.valueOf(e.next()));
      List<Long> seen = new ArrayList<>();
      ValetException stop = null;
      try {
        for (AttackApi.Thing t : p) seen.add(t.id());
      } catch (ValetException e) {
        stop = e;
      }
      assertNotNull(stop);
      assertEquals(List.of(1L, 2L), seen, "the loop page=1 -> next 1 is caught only after page 1 was delivered twice ("
          + server.received().size() + " requests)");
    }
  }

  @Test
  void nullElementInADecodedList_isUndecodable() throws Exception {
    try (FaultServer server = new FaultServer()) {
      server.otherwise(Reply.json(200, "{\"things\":[{\"id\":1},null]}"));
      HttpTransport http = builder(server.url()).build();
      Paginator<AttackApi.Thing> p = Pagination.cursor(http, ApiCall.<AttackApi.ThingPage>builder("GET", "/things",
          ResponseCodec.json(AttackApi.ThingPage.class)).build(), "cursor", AttackApi.ThingPage::things,
          AttackApi.ThingPage::next);
      try {
        p.stream().count();
      } catch (ValetException typed) {
        return;
      } catch (RuntimeException raw) {
        fail("raw " + raw + " escaped", raw);
      }
    }
  }

  @Test
  void paginatorLoopsAndEmptyPages_stopWithProtocol() throws Exception {
    try (FaultServer server = new FaultServer()) {
      server.then(Reply.json(200, "{\"things\":[{\"id\":1}],\"next\":\"A\"}"),
          Reply.json(200, "{\"things\":[{\"id\":2}],\"next\":\"B\"}"),
          Reply.json(200, "{\"things\":[{\"id\":3}],\"next\":\"A\"}"));
      HttpTransport http = builder(server.url()).build();
      ApiCall<AttackApi.ThingPage> first = ApiCall.<AttackApi.ThingPage>builder("GET", "/things",
          ResponseCodec.json(AttackApi.ThingPage.class)).build();
      Paginator<AttackApi.Thing> p = Pagination.cursor(http, first, "c", AttackApi.ThingPage::things, AttackApi.ThingPage::next);
      assertEquals(Kind.PROTOCOL, assertThrows(ValetClientException.class, () -> p.stream().count()).kind());
      server.reset();
      int[] n = {0};
      Paginator<AttackApi.Thing> empty = Paginator.of(t -> new com.wekruit.valet.paging.Page<>(List.of(), "t" + n[0]++));
      assertEquals(Kind.PROTOCOL, assertThrows(ValetClientException.class, () -> empty.stream().count()).kind());
    }
  }
}
