package com.wekruit.valet.spi;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The async path: the same decisions as the blocking one, retries scheduled, cancel reaching the HTTP call. */
class AsyncTransportTest {
  private static final String THING = "{\"thing\":{\"id\":7}}";

  @Test
  void retriesOnTheScheduler_andCompletesWithTheValue() throws Exception {
    FakeTime time = new FakeTime();
    try (FaultServer server = new FaultServer()) {
      server.then(Reply.reset(), Reply.json(429, "{}", "Retry-After", "3")).otherwise(Reply.json(200, THING));
      HttpTransport http = new TestApi.Builder().baseUrl(server.url()).clock(time).ticker(time).sleeper(time).build();
      TestApi.ThingEnvelope e = http.executeAsync(ApiCall.<TestApi.ThingEnvelope>get("/t", TestApi.ThingEnvelope.class))
          .get(5, TimeUnit.SECONDS);
      assertEquals(7, e.thing().id());
      assertEquals(3, server.received().size());
      assertEquals(2, time.sleeps().size());
      assertTrue(time.sleeps().get(1).compareTo(Duration.ofSeconds(3)) >= 0, "Retry-After honoured: " + time.sleeps());
    }
  }

  @Test
  void failuresAreTyped_andACreateIsSentOnce() throws Exception {
    try (FaultServer server = new FaultServer()) {
      server.otherwise(Reply.emptyReply());
      HttpTransport http = new TestApi.Builder().baseUrl(server.url()).sleeper(new FakeTime()).build();
      CompletableFuture<TestApi.ThingEnvelope> f = http.executeAsync(
          ApiCall.post("/things", new TestApi.Thing(1, null, null, null), TestApi.ThingEnvelope.class));
      ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
      ValetClientException v = assertInstanceOf(ValetClientException.class, e.getCause());
      assertTrue(v.mayHaveTakenEffect());
      assertEquals(1, server.count("POST", "/things"), server.toString());
    }
  }

  @Test
  void cancel_reachesTheHttpCallInFlight() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    try (FaultServer server = new FaultServer()) {
      server.otherwise(Reply.hang());
      HttpTransport http = new TestApi.Builder().baseUrl(server.url()).okHttpClient(shared)
          .readTimeout(Duration.ofMinutes(5)).callTimeout(Duration.ofMinutes(5)).build();
      CompletableFuture<TestApi.ThingEnvelope> f = http.executeAsync(ApiCall.<TestApi.ThingEnvelope>get("/t", TestApi.ThingEnvelope.class));
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (server.received().isEmpty() && System.nanoTime() < until) Thread.onSpinWait();
      assertEquals(1, shared.dispatcher().runningCallsCount());
      assertTrue(f.cancel(true));
      while (shared.dispatcher().runningCallsCount() > 0 && System.nanoTime() < until) Thread.onSpinWait();
      assertEquals(0, shared.dispatcher().runningCallsCount(), "the OkHttp call was cancelled, not left hanging");
      assertEquals(1, server.received().size(), "and not retried");
    }
  }
}
