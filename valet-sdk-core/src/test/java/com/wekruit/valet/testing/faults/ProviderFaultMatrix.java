package com.wekruit.valet.testing.faults;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.ApiError;
import com.wekruit.valet.error.BudgetSpentException;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.testing.FakeTime;
import com.wekruit.valet.testing.LogCapture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fault kit's matrix: every provider's tests extend this in a few lines and hold the client to the SDK's promises
 * against a misbehaving loopback server that counts requests: a create reaches the server at most once unless the
 * answer proves it was rejected, every failure is a typed {@link ValetException}, bodies are bounded, server waits are
 * bounded, a spent budget is shared by the client, and no secret shows in any message, {@code toString()}, cause or
 * log line of any library at any level.
 *
 * @param <C> the provider client
 */
public abstract class ProviderFaultMatrix<C> {
  /** The largest body the matrix's clients read. */
  protected static final long MAX_BODY = 256 * 1024;

  /** A client with the token {@link #secret()} and the matrix's settings applied to its builder. */
  protected abstract C client(Consumer<ClientBuilder<?>> settings);

  /** The secret the client holds (its token). */
  protected abstract String secret();

  /** The API root under the server's URL, e.g. {@code /v1}, or {@code ""}. */
  protected abstract String basePath();

  /** A non-idempotent create: its path (for counting, under {@link #basePath()}) and the call. */
  protected abstract String createPath();

  protected abstract Object create(C client);

  /** An idempotent read of one resource and its path. */
  protected abstract String getPath();

  protected abstract Object get(C client);

  /** A successful, spec-shaped answer to the read. */
  protected abstract Reply getOk();

  /** A provider-shaped error answer whose code and message are the given strings. */
  protected abstract Reply error(int status, String code, String message, String... headers);

  /** The provider's answer to a rate-limited request ({@code 429}), e.g. its error envelope. */
  protected Reply rateLimited(String retryAfter) {
    return error(429, "rate_limit_exceeded", "slow down", "Retry-After", retryAfter);
  }

  /** An answer to the read that opens a JSON string and never ends it, e.g. {@code {"server":{"name":"}. */
  protected abstract String endlessPrefix();

  /** Fresh for every case of the matrix. */
  protected FakeTime time = new FakeTime();

  @TestFactory
  Stream<DynamicTest> faultMatrix() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Reply fault : ambiguousFaults()) {
      tests.add(test("create sent once, typed: " + fault, () -> createOnce(fault)));
      tests.add(test("read fails typed after bounded retries: " + fault, () -> readTyped(fault)));
    }
    tests.add(test("endless body is bounded", this::endlessBody));
    tests.add(test("Retry-After 0 storm waits the minimum backoff", this::retryAfterZeroStorm));
    tests.add(test("huge Retry-After is typed, not slept", this::hugeRetryAfter));
    tests.add(test("a spent budget fails the next call without sending", this::gateShared));
    tests.add(test("echoed secret never shows", this::secretNeverShows));
    for (String body : List.of("{}", "null", "", "{\"x\":", "[1,2]")) {
      tests.add(test("200 " + body + " is undecodable", () -> undecodable(body)));
    }
    return tests.stream();
  }

  private DynamicTest test(String name, org.junit.jupiter.api.function.Executable body) {
    return DynamicTest.dynamicTest(name, () -> {
      time = new FakeTime();
      body.execute();
    });
  }

  private List<Reply> ambiguousFaults() {
    return List.of(Reply.reset(), Reply.emptyReply(), Reply.garbage("SSH-2.0-OpenSSH_9.6\r\n" + secret()),
        Reply.malformedChunk(), Reply.truncated(200, 4000, "{\"x\":"), Reply.hang(),
        Reply.json(503, "{}", "Retry-After", "0"), Reply.html(502, "<html><h1>502 Bad Gateway</h1></html>"),
        Reply.of(307, "text/plain", "moved", "Location", "/elsewhere"),
        Reply.of(401, "text/plain", "auth", "WWW-Authenticate", "Basic realm=\"x\""),
        Reply.json(408, "{}", "Connection", "close"));
  }

  private C matrixClient(FaultServer server, RetryPolicy retry) {
    return client(b -> b.baseUrl(server.url() + basePath()).clock(time).ticker(time).sleeper(time)
        .readTimeout(Duration.ofMillis(300)).callTimeout(Duration.ofSeconds(2)).maxResponseBytes(MAX_BODY)
        .retryPolicy(retry));
  }

  private void createOnce(Reply fault) throws Exception {
    try (FaultServer server = new FaultServer()) {
      server.then(fault).otherwise(getOk());
      C c = matrixClient(server, RetryPolicy.defaults());
      ValetException e = typed(() -> create(c));
      server.awaitReceived(Math.max(1, e.attempts()), Duration.ofSeconds(2));
      assertEquals(1, server.count("POST", basePath() + createPath()), "create reached the server once: " + server);
      assertEquals(1, server.received().size(), "nothing else was sent: " + server);
      assertFalse(e.retryable(), e.getMessage());
      assertTrue(e.mayHaveTakenEffect() || e instanceof ValetApiException api && api.statusCode() < 500,
          "an ambiguous create says so: " + e.getMessage());
      assertNoSecret(e);
    }
  }

  private void readTyped(Reply fault) throws Exception {
    try (FaultServer server = new FaultServer()) {
      server.otherwise(fault);
      C c = matrixClient(server, RetryPolicy.builder().maxAttempts(3).build());
      ValetException e = typed(() -> get(c));
      server.awaitReceived(e.attempts(), Duration.ofSeconds(2));
      assertTrue(server.received().size() <= 3, "at most maxAttempts requests: " + server);
      assertEquals(server.received().size(), e.attempts(), "attempts counted as sent");
      assertNoSecret(e);
    }
  }

  private void endlessBody() throws Exception {
    try (FaultServer server = new FaultServer()) {
      server.otherwise(Reply.endless("application/json", endlessPrefix()));
      C c = matrixClient(server, RetryPolicy.none());
      ValetClientException e = assertInstanceOf(ValetClientException.class, typed(() -> get(c)));
      assertEquals(Kind.RESPONSE_TOO_LARGE, e.kind(), e.getMessage());
    }
  }

  private void retryAfterZeroStorm() throws Exception {
    try (FaultServer server = new FaultServer()) {
      server.otherwise(rateLimited("0"));
      RetryPolicy policy = RetryPolicy.builder().maxAttempts(4).initialBackoff(Duration.ofMillis(400)).build();
      C c = matrixClient(server, policy);
      typed(() -> get(c));
      typed(() -> create(c));
      assertTrue(server.received().size() <= 8, "bounded: " + server);
      for (Duration d : time.sleeps()) assertTrue(d.toMillis() >= 200, "slept at least the minimum backoff: " + d);
      // a provider whose spent budget blocks longer than the caller waits sends the first attempt only
      assertTrue(time.sleeps().size() >= server.received().size() - 2, "one wait before every repeat: " + server);
    }
  }

  private void hugeRetryAfter() throws Exception {
    try (FaultServer server = new FaultServer()) {
      server.otherwise(rateLimited("9223372036854775807"));
      C c = matrixClient(server, RetryPolicy.defaults());
      ValetException e = typed(() -> get(c));
      assertEquals(1, server.received().size());
      assertTrue(time.sleeps().isEmpty(), "nothing slept: " + time.sleeps());
      assertTrue(e.retryable(), e.getMessage());
    }
  }

  private void gateShared() throws Exception {
    try (FaultServer server = new FaultServer()) {
      server.then(rateLimited("600")).otherwise(getOk());
      C c = client(b -> b.baseUrl(server.url() + basePath()).clock(time).ticker(time).sleeper(time)
          .retryPolicy(RetryPolicy.builder().maxServerWait(Duration.ofSeconds(5)).build()));
      typed(() -> get(c));
      BudgetSpentException spent = assertInstanceOf(BudgetSpentException.class, typed(() -> create(c)));
      assertTrue(spent.retryAfter().toSeconds() > 500, spent.getMessage());
      assertEquals(1, server.received().size(), "the create was not sent: " + server);
      time.advance(Duration.ofSeconds(601));
      get(c);
      assertEquals(2, server.received().size());
    }
  }

  private void secretNeverShows() throws Exception {
    String s = secret();
    try (FaultServer server = new FaultServer(); LogCapture logs = LogCapture.everything()) {
      server.then(error(400, "bad_" + s, "token " + s + " is wrong \u0000\u001b[31m", "X-Request-Id", s,
          "X-Correlation-Id", s, "Request-Id", s, "Cf-Ray", s),
          Reply.garbage("HTTP/1.1 200 " + s + "\r\nX: " + s + "\r\n\r\n"), Reply.garbage(s + "\u0000\u00ff"));
      C c = matrixClient(server, RetryPolicy.none());
      List<ValetException> errors = List.of(typed(() -> get(c)), typed(() -> get(c)), typed(() -> get(c)));
      for (ValetException e : errors) assertNoSecret(e);
      ValetApiException api = assertInstanceOf(ValetApiException.class, errors.get(0));
      ApiError err = api.error();
      for (String field : new String[] {err.code(), err.message(), err.requestId(), err.bodyExcerpt(), api.providerCode(),
          api.requestId(), err.toString(), c.toString()}) {
        assertFalse(field != null && field.contains(s), "secret in " + field);
      }
      assertFalse(logs.all().contains(s), "secret in logs");
      assertFalse(api.getMessage().chars().anyMatch(ch -> ch < 0x20), "printable: " + api.getMessage());
    }
  }

  private void undecodable(String body) throws Exception {
    try (FaultServer server = new FaultServer()) {
      server.otherwise(Reply.json(200, body));
      C c = matrixClient(server, RetryPolicy.defaults());
      ValetClientException e = assertInstanceOf(ValetClientException.class, typed(() -> get(c)));
      assertEquals(Kind.UNDECODABLE_BODY, e.kind(), e.getMessage());
      assertEquals(1, server.received().size());
    }
  }

  /** Runs the call and returns its failure, which must be a ValetException. */
  protected static ValetException typed(org.junit.jupiter.api.function.Executable call) {
    Throwable t = assertThrows(Throwable.class, call);
    if (!(t instanceof ValetException v)) throw new AssertionError("not a ValetException: " + t, t);
    return v;
  }

  private void assertNoSecret(ValetException e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertFalse(trace.toString().contains(secret()), "secret in the stack trace: " + trace);
    assertTrue(e.getMessage().length() < 4000, "bounded message");
  }
}
