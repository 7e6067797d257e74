package com.wekruit.valet.attack;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.hetzner.ActionHandle;
import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.Server;
import com.wekruit.valet.hetzner.testing.HetznerPayloads;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Hetzner client on the core transport: async cancel, nonsense answers, echoed secrets. */
class HetznerAttackTest {
  private static final String TOKEN = "hz-attack-token-0a1b2c3d4e";
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

  private HetznerClient.Builder builder() {
    return HetznerClient.builder().token(TOKEN).baseUrl(server.url() + "/v1").clock(time).ticker(time).sleeper(time)
        .readTimeout(Duration.ofSeconds(2));
  }

  private static void await(java.util.function.BooleanSupplier c) {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!c.getAsBoolean() && System.nanoTime() < until) Thread.onSpinWait();
  }

  @Test
  void getAsyncCancel_reachesTheHttpCallInFlight() {
    OkHttpClient shared = new OkHttpClient();
    server.otherwise(Reply.hang());
    HetznerClient c = builder().okHttpClient(shared).readTimeout(Duration.ofMinutes(5))
        .callTimeout(Duration.ofMinutes(5)).build();
    CompletableFuture<Server> f = c.servers().getAsync(42);
    await(() -> !server.received().isEmpty());
    assertEquals(1, shared.dispatcher().runningCallsCount());
    assertTrue(f.cancel(true));
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
    while (shared.dispatcher().runningCallsCount() > 0 && System.nanoTime() < until) Thread.onSpinWait();
    assertEquals(0, shared.dispatcher().runningCallsCount(),
        "servers().getAsync(42).cancel(true) left the OkHttp call running (thenApply future does not propagate cancel)");
  }

  @Test
  void awaitAsyncCancel_stopsPolling() throws Exception {
    // the waiter's polls are scheduled on a timer the test steps by hand
    server.then(Reply.json(201, HetznerPayloads.actionEnvelope(9, "poweron", "running")))
        .otherwise(Reply.json(200, HetznerPayloads.actions(HetznerPayloads.action(9, "poweron", "running", 10))));
    com.wekruit.valet.testing.ManualTimer timer = new com.wekruit.valet.testing.ManualTimer();
    HetznerClient c = HetznerClient.builder().token(TOKEN).baseUrl(server.url() + "/v1").sleeper(timer)
        .pollInterval(Duration.ofMillis(20), Duration.ofMillis(20)).build();
    ActionHandle h = c.servers().powerOn(42);
    CompletableFuture<?> f = h.awaitAsync(Duration.ofSeconds(30));
    assertTrue(timer.awaitQueued(Duration.ofSeconds(5)));
    timer.runNext();                                          // first poll
    assertTrue(timer.awaitQueued(Duration.ofSeconds(5)), "the answered poll scheduled the next one");
    assertEquals(2, server.received().size());
    assertTrue(f.cancel(true));
    timer.runNext();                                          // the poll due after the cancel
    assertEquals(2, server.received().size(), "polls kept going after cancel(true): " + server.received().size());
    assertEquals(0, timer.queued(), "nothing further scheduled");
  }

  @Test
  void nullServerInAListPage_isUndecodable() {
    server.otherwise(Reply.json(200, "{\"servers\":[null],\"meta\":" + HetznerPayloads.meta(1, null, 1) + "}"));
    HetznerClient c = builder().build();
    try {
      c.servers().list().stream().count();
    } catch (ValetException typed) {
      return;
    } catch (RuntimeException raw) {
      fail("raw " + raw + " escaped servers().list()", raw);
    }
  }

  @Test
  void nullActionInAPoll_isTyped() {
    server.then(Reply.json(201, HetznerPayloads.actionEnvelope(9, "poweron", "running")))
        .otherwise(Reply.json(200, "{\"actions\":[null]}"));
    HetznerClient c = builder().build();
    ActionHandle h = c.servers().powerOn(42);
    try {
      h.await(Duration.ofSeconds(10));
      fail("a poll of nonsense returned normally");
    } catch (ValetException typed) {
      // promised
    } catch (RuntimeException raw) {
      fail("raw " + raw + " escaped ActionHandle.await", raw);
    }
  }

  @Test
  void actionHandleToString_hidesATokenTheApiEchoedAsTheCommand() {
    server.then(Reply.json(201, HetznerPayloads.actionEnvelope(9, "echo " + TOKEN + "\u001b[2J", "running")));
    ActionHandle h = builder().build().servers().powerOn(42);
    assertFalse(h.toString().contains(TOKEN), h.toString());
  }

  @Test
  void nonsenseActionPolls_endTyped_withinTheTimeout() {
    List<String> polls = List.of(
        HetznerPayloads.actions(),                                                     // id missing
        HetznerPayloads.actions(HetznerPayloads.action(10, "other", "success", 100)),  // another id
        HetznerPayloads.actions(HetznerPayloads.action(9, "poweron", "exploded", 9999)), // unknown status
        "{\"actions\":[{\"id\":9,\"command\":\"poweron\",\"status\":\"error\",\"progress\":-5,\"error\":null}]}",
        "{\"actions\":[{\"id\":9,\"command\":\"poweron\",\"status\":null}]}",
        "{\"actions\":{}}", "{}", "[]", "<html>",
        HetznerPayloads.actions(HetznerPayloads.action(9, "poweron", "running", 0), HetznerPayloads.action(9, "poweron",
            "success", 100)));
    for (String poll : polls) {
      server.reset();
      server.then(Reply.json(201, HetznerPayloads.actionEnvelope(9, "poweron", "running"))).otherwise(Reply.json(200, poll));
      HetznerClient c = builder().retryPolicy(RetryPolicy.none()).build();
      ActionHandle h = c.servers().powerOn(42);
      var start = time.instant();
      try {
        h.await(Duration.ofSeconds(20));
      } catch (ValetException typed) {
        // fine
      } catch (RuntimeException raw) {
        fail("raw " + raw + " for poll " + poll, raw);
      }
      assertTrue(Duration.between(start, time.instant()).compareTo(Duration.ofSeconds(22)) <= 0, poll);
    }
  }

  @Test
  void createIsSentOnce_onEveryAmbiguousAnswer_andSaysSo() {
    List<Reply> replies = List.of(Reply.json(500, HetznerPayloads.error("server_error", "boom")),
        Reply.json(502, HetznerPayloads.error("bad_gateway", "x")), Reply.json(504, "{}"),
        Reply.json(503, HetznerPayloads.error("unavailable", "x"), "Retry-After", "0"),
        Reply.json(200, HetznerPayloads.error("timeout", "x")), Reply.json(201, "{\"server\":"),
        Reply.truncated(201, 5000, "{\"server\":{"), Reply.emptyReply(), Reply.reset());
    for (Reply r : replies) {
      server.reset();
      server.otherwise(r);
      HetznerClient c = builder().build();
      ValetException e = assertThrows(ValetException.class, () -> c.servers().create(
          com.wekruit.valet.hetzner.CreateServerRequest.builder("api-1", "cpx22", "ubuntu-24.04").build()), r.toString());
      assertEquals(1, server.count("POST", "/v1/servers"), r + ": " + server);
      assertTrue(e.mayHaveTakenEffect(), r + ": " + e);
    }
  }

  @Test
  void retriedDeleteThatFindsTheServerGone_isSuccess() {
    server.then(Reply.json(504, "{}"), Reply.json(404, HetznerPayloads.error("not_found", "gone")));
    ActionHandle h = builder().build().servers().delete(42);
    assertNull(h.action());
    assertEquals(2, server.count("DELETE", "/v1/servers/42"));
  }

  @Test
  void listWithAbsurdPaginationMeta_stopsTyped() {
    for (String meta : List.of(HetznerPayloads.meta(1, 1L, 1), HetznerPayloads.meta(1, -1L, 1),
        "{\"pagination\":{\"page\":1,\"per_page\":50,\"next_page\":9223372036854775807,\"last_page\":1}}",
        "{\"pagination\":{\"page\":1,\"per_page\":50,\"next_page\":\"x\",\"last_page\":1}}")) {
      server.reset();
      server.otherwise(Reply.json(200, "{\"servers\":[],\"meta\":" + meta + "}"));
      List<Server> got = new ArrayList<>();
      try {
        builder().build().servers().list().forEach(got::add);
      } catch (ValetException typed) {
        // fine
      } catch (RuntimeException raw) {
        fail("raw " + raw + " for " + meta, raw);
      }
      assertTrue(server.received().size() <= 4, meta + ": " + server.received().size() + " requests");
    }
  }
}
