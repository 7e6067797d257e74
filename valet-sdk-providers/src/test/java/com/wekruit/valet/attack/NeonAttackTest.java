package com.wekruit.valet.attack;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.LockedException;
import com.wekruit.valet.error.OperationFailedException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.error.WaitTimeoutException;
import com.wekruit.valet.neon.ConnectionUri;
import com.wekruit.valet.neon.CreateBranchRequest;
import com.wekruit.valet.neon.CreatedBranch;
import com.wekruit.valet.neon.NeonClient;
import com.wekruit.valet.neon.Pending;
import com.wekruit.valet.neon.RestoreBranchRequest;
import com.wekruit.valet.neon.testing.NeonPayloads;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.faults.FaultServer;
import com.wekruit.valet.testing.faults.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Neon client against a hostile or broken server and careless callers. */
class NeonAttackTest {
  private static final String KEY = "napi_attack0key1234567890abcdefghijklmnop";
  private static final String P = "/api/v2/projects/proj-1";
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

  private NeonClient.Builder builder() {
    return NeonClient.builder().apiKey(KEY).baseUrl(server.url() + "/api/v2").clock(time).ticker(time).sleeper(time)
        .readTimeout(Duration.ofSeconds(2)).pollInterval(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  private static String op(String id, String action, String status) {
    return NeonPayloads.operation(id, "proj-1", "br-x", null, action, status);
  }

  private static String branch(String id, String parent) {
    return NeonPayloads.branch(id, "proj-1", "b-" + id, parent, null, "init", false);
  }

  // --- connection URIs never print passwords

  @Test
  void connectionUri_passwordWithAnAt_isHiddenWhole() {
    ConnectionUri uri = new ConnectionUri("postgresql://alex:Pw@rt0f-Secret@ep-cool-1.us-east-2.aws.neon.tech/neondb");
    assertFalse(uri.toString().contains("rt0f-Secret"), uri.toString());
  }

  @Test
  void connectionUri_passwordQueryParameter_isHidden() {
    ConnectionUri uri = new ConnectionUri(
        "postgresql://alex@ep-cool-1.us-east-2.aws.neon.tech:5432/neondb?sslmode=require&password=Qu3ry-Secret");
    assertFalse(uri.toString().contains("Qu3ry-Secret"), uri.toString());
    ConnectionUri noUser = new ConnectionUri("postgresql://ep-cool-1.neon.tech/neondb?user=alex&password=Qu3ry-Secret");
    assertFalse(noUser.toString().contains("Qu3ry-Secret"), noUser.toString());
  }

  @Test
  void connectionUriInAnUndecodableAnswer_isNotInTheError() {
    server.then(Reply.json(200, "{\"uri\":\"postgresql://alex:Und3c-Secret@ep-1.neon.tech/neondb\",\"x\":[}"));
    ValetException e = assertThrows(ValetException.class, () -> builder().build().projects()
        .connectionUri("proj-1", com.wekruit.valet.neon.ConnectionUriRequest.of("neondb", "alex")));
    assertFalse(String.valueOf(e).contains("Und3c-Secret"), e.toString());
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) assertFalse(c.toString().contains("Und3c-Secret"));
  }

  // --- texts the server chose reach messages only cleaned

  @Test
  void operationTextsFromTheServer_areRedactedPrintableAndBoundedInMessages() {
    String evil = "create_branch " + KEY + "\u001b[2J" + "x".repeat(5000);
    server.then(Reply.json(201, "{\"branch\":" + branch("br-new", "br-main") + ",\"endpoints\":[],\"operations\":["
        + op("9d1c8f9a-0000-4000-8000-000000000001", evil, "failed") + "],\"connection_uris\":[]}"));
    Pending<CreatedBranch> p = builder().build().branches("proj-1").create(CreateBranchRequest.builder().build());
    assertClean(p.toString());
    OperationFailedException failed = assertThrows(OperationFailedException.class, () -> p.await(Duration.ofMinutes(1)));
    assertClean(failed.getMessage());

    server.reset();
    server.then(Reply.json(201, "{\"branch\":" + branch("br-new2", "br-main") + ",\"endpoints\":[],\"operations\":["
        + op("9d1c8f9a-0000-4000-8000-000000000002", evil, "running") + "],\"connection_uris\":[]}"));
    server.otherwise(Reply.json(200, "{\"operation\":" + op("9d1c8f9a-0000-4000-8000-000000000002", evil, "running")
        + "}"));
    Pending<CreatedBranch> q = builder().build().branches("proj-1").create(CreateBranchRequest.builder().build());
    WaitTimeoutException timeout = assertThrows(WaitTimeoutException.class, () -> q.await(Duration.ofSeconds(5)));
    assertClean(timeout.getMessage());
    timeout.stillRunning().forEach(NeonAttackTest::assertClean);
  }

  private static void assertClean(String text) {
    assertFalse(text.contains(KEY), "the key shows in: " + text.substring(0, Math.min(200, text.length())));
    assertTrue(text.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "unprintable characters in: " + text.substring(0,
        Math.min(200, text.length())));
    assertTrue(text.length() < 2000, "unbounded: " + text.length() + " chars");
  }

  @Test
  void unusableIdFromTheServer_isAProtocolError_syncAndAsync() {
    server.then(Reply.json(201, "{\"branch\":" + branch("..", "br-main").replace("\"id\":\"..\"", "\"id\":\"..\"")
        + ",\"endpoints\":[],\"operations\":[],\"connection_uris\":[]}"));
    Pending<CreatedBranch> p = builder().build().branches("proj-1").create(CreateBranchRequest.builder().build());
    RuntimeException e = assertThrows(RuntimeException.class, () -> p.await(Duration.ofMinutes(1)));
    assertInstanceOf(ValetClientException.class, e, "untyped: " + e);
    assertEquals(ValetClientException.Kind.PROTOCOL, ((ValetClientException) e).kind());

    server.reset();
    server.then(Reply.json(201, "{\"branch\":" + branch("", "br-main") + ",\"endpoints\":[],\"operations\":[],"
        + "\"connection_uris\":[]}"));
    Pending<CreatedBranch> q = builder().build().branches("proj-1").create(CreateBranchRequest.builder().build());
    Throwable async = assertThrows(java.util.concurrent.ExecutionException.class,
        () -> q.awaitAsync(Duration.ofMinutes(1)).get(5, TimeUnit.SECONDS)).getCause();
    assertInstanceOf(ValetClientException.class, async, "untyped: " + async);
  }

  // --- the client-wide gate keeps 40 requests per second

  @Test
  void concurrentCalls_sendAtMostFortyInASecond() throws Exception {
    server.otherwise(Reply.hang());
    // time stands still and a call the budget holds back waits until the test ends: what arrives was sent at once
    CountDownLatch end = new CountDownLatch(1);
    NeonClient neon = builder().readTimeout(Duration.ofSeconds(3)).callTimeout(Duration.ofSeconds(3))
        .sleeper(d -> end.await()).build();
    ExecutorService pool = Executors.newFixedThreadPool(60);
    CountDownLatch go = new CountDownLatch(1);
    try {
      for (int i = 0; i < 60; i++) {
        pool.execute(() -> {
          try {
            go.await();
            neon.projects().get("proj-1");
          } catch (InterruptedException | RuntimeException expected) {
            // time-outs: the server never answers
          }
        });
      }
      go.countDown();
      int got = server.awaitReceived(41, Duration.ofMillis(1500));
      assertTrue(got <= 40, got + " requests reached Neon within the same second (FakeTime did not move)");
      assertEquals(40, got);
    } finally {
      end.countDown();
      server.close();
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  // --- point-in-time rules checked before the call

  @Test
  void pointInTime_inTheFutureOrBeyondTheHistoryWindow_isRefusedBeforeSending() {
    server.otherwise(Reply.json(200, "{\"project\":" + NeonPayloads.project("proj-1", "app", 86_400) + "}"));
    NeonClient neon = builder().build();
    Instant future = time.instant().plus(Duration.ofHours(1));
    Instant tooOld = time.instant().minus(Duration.ofDays(2));
    assertThrows(IllegalArgumentException.class, () -> neon.branches("proj-1").create(CreateBranchRequest.builder()
        .atTimestamp(future).build()));
    assertThrows(IllegalArgumentException.class, () -> neon.branches("proj-1").create(CreateBranchRequest.builder()
        .atTimestamp(tooOld).build()));
    assertThrows(IllegalArgumentException.class, () -> neon.branches("proj-1").restore("br-main",
        RestoreBranchRequest.from("br-main").atTimestamp(tooOld).preserveUnderName("old").build()));
    assertEquals(0, server.received().stream().filter(r -> r.method().equals("POST")).count(), "nothing created");
    Instant inside = time.instant().minus(Duration.ofHours(23));
    assertThrows(ValetClientException.class, () -> neon.branches("proj-1").create(CreateBranchRequest.builder()
        .atTimestamp(inside).build()), "sent (and answered with a project, so undecodable)");
    assertEquals(1, server.count("POST", P + "/branches"));
  }

  @Test
  void selfRestoreRules_checkedBeforeAnythingIsSent() {
    NeonClient neon = builder().build();
    assertThrows(IllegalArgumentException.class, () -> neon.branches("proj-1").restore("br-main",
        RestoreBranchRequest.from("br-main").preserveUnderName("old").build()));
    assertThrows(IllegalArgumentException.class, () -> neon.branches("proj-1").restore("br-main",
        RestoreBranchRequest.from("br-main").atLsn("0/1DE2850").build()));
    assertEquals(0, server.received().size());
  }

  // --- pagination, locks, at most once, secrets

  @Test
  void projectsList_cursorsThatComeBack_stopTyped() {
    List<String> full = new ArrayList<>(Collections.nCopies(100, NeonPayloads.projectListItem("p", "app", null)));
    String page = "{\"projects\":" + NeonPayloads.array(full) + ",\"pagination\":{\"cursor\":\"%s\"}}";
    server.then(Reply.json(200, page.formatted("A")), Reply.json(200, page.formatted("B")),
        Reply.json(200, page.formatted("A")));
    server.otherwise(Reply.json(200, page.formatted("C")));
    ValetClientException e = assertThrows(ValetClientException.class, () -> builder().build().projects().list()
        .stream().count());
    assertEquals(ValetClientException.Kind.PROTOCOL, e.kind());
    assertTrue(server.received().size() <= 3, server.received().size() + " pages");
  }

  @Test
  void branchesList_endlessEmptyPages_stopTyped() {
    server.otherwise(Reply.json(200, "{\"branches\":[],\"annotations\":{},\"pagination\":{\"next\":\"n%d\"}}"
        .formatted(System.nanoTime())));
    assertThrows(ValetClientException.class, () -> builder().build().branches("proj-1").list().stream().count());
    assertTrue(server.received().size() <= 3, server.received().size() + " pages");
  }

  @Test
  void lockedForAnotherReason_isTypedAndSentOnce() {
    server.then(Reply.json(423, NeonPayloads.error("", "project is locked: the monthly quota was exceeded")));
    assertThrows(LockedException.class, () -> builder().build().branches("proj-1").create(CreateBranchRequest
        .builder().build()));
    assertEquals(1, server.received().size());
  }

  @Test
  void createWithALostAnswer_isSentOnce_andSaysItMayHaveTakenEffect() {
    server.then(Reply.reset());
    ValetException e = assertThrows(ValetException.class, () -> builder().build().branches("proj-1")
        .create(CreateBranchRequest.builder().build()));
    assertTrue(e.mayHaveTakenEffect(), e.toString());
    assertEquals(1, server.count("POST", P + "/branches"));
  }

  @Test
  void keyEchoedInAnError_isRedacted() {
    server.then(Reply.json(401, NeonPayloads.error("", "bad key " + KEY + " (Bearer " + KEY + ")")));
    ValetException e = assertThrows(ValetException.class, () -> builder().build().projects().get("proj-1"));
    assertFalse(e.toString().contains(KEY), e.toString());
    assertFalse(String.valueOf(((com.wekruit.valet.error.ValetApiException) e).error()).contains(KEY));
  }
}
