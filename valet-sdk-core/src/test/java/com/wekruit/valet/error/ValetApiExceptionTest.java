package com.wekruit.valet.error;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ValetApiExceptionTest {
  private static ApiError error(int status, String code) {
    return new ApiError("acme", "GET", "/things/1", status, code, "went wrong", "req-7", Duration.ofSeconds(3),
        List.of(new ApiError.Detail("name", "too long"), new ApiError.Detail(null, "general")), "{\"x\":1}");
  }

  @Test
  void eachStatus_mapsToItsTypedSubclass() {
    record Case(int status, Class<? extends ValetApiException> type) {}
    List<Case> cases = List.of(new Case(400, InvalidInputException.class), new Case(422, InvalidInputException.class),
        new Case(401, UnauthorizedException.class), new Case(403, ForbiddenException.class),
        new Case(404, NotFoundException.class), new Case(409, ConflictException.class),
        new Case(423, LockedException.class), new Case(429, RateLimitedException.class),
        new Case(500, ServerErrorException.class), new Case(503, ServerErrorException.class),
        new Case(499, ValetApiException.class), new Case(418, ValetApiException.class),
        new Case(302, ValetApiException.class));
    for (Case c : cases) {
      ValetApiException e = ValetApiException.of(error(c.status(), "c"), 2, true);
      assertEquals(c.type(), e.getClass(), "status " + c.status());
      assertEquals(c.status(), e.statusCode());
      assertEquals(2, e.attempts());
      assertTrue(e.retryable());
      assertFalse(e.mayHaveTakenEffect());
    }
  }

  @Test
  void mayHaveTakenEffect_isKeptForServerErrors_andSaidInTheMessage() {
    ValetApiException e = ValetApiException.of(error(502, "bad_gateway"), 1, false, true);
    assertEquals(ServerErrorException.class, e.getClass());
    assertTrue(e.mayHaveTakenEffect());
    assertFalse(e.retryable());
    assertTrue(e.getMessage().endsWith("; attempts: 1; the request may have taken effect, so it was not repeated"),
        e.getMessage());

    assertTrue(ValetApiException.of(error(500, "x"), 1, false, true).mayHaveTakenEffect());
    ValetApiException at499 = ValetApiException.of(error(499, "x"), 1, false, true);
    assertEquals(ValetApiException.class, at499.getClass(), "only 5xx become server errors");
    ValetApiException plain = ValetApiException.of(error(500, "x"), 4, false);
    assertFalse(plain.mayHaveTakenEffect());
    assertTrue(plain.getMessage().endsWith("; attempts: 4"), plain.getMessage());
  }

  @Test
  void accessors_readTheApiError() {
    ApiError err = error(409, "uniqueness_error");
    ValetApiException e = ValetApiException.of(err, 3, false);
    assertSame(err, e.error());
    assertEquals(409, e.statusCode());
    assertEquals("uniqueness_error", e.providerCode());
    assertEquals("req-7", e.requestId());
    assertEquals(Duration.ofSeconds(3), e.retryAfter().orElseThrow());
    assertTrue(ValetApiException.of(new ApiError("acme", "GET", "/", 429, null, null, null, null, null, null), 1, true)
        .retryAfter().isEmpty());
  }

  @Test
  void message_describesTheCallAndEveryDetail() {
    String m = ValetApiException.of(error(422, "invalid_input"), 1, false).getMessage();
    assertEquals("acme GET /things/1 -> HTTP 422 (invalid_input): went wrong; name: too long; general;"
        + " request-id: req-7; attempts: 1", m);
    ApiError bare = new ApiError("acme", "DELETE", "/x", 500, null, "", null, null, null, null);
    assertEquals("acme DELETE /x -> HTTP 500", bare.describe());
    ApiError noMessage = new ApiError("acme", "PUT", "/y", 404, "not_found", null, null, null, null, null);
    assertEquals("acme PUT /y -> HTTP 404 (not_found)", noMessage.describe());
  }

  @Test
  void apiError_copiesDetails_andDefaultsMissingParts() {
    List<ApiError.Detail> details = new ArrayList<>(List.of(new ApiError.Detail("f", "m")));
    ApiError e = new ApiError("p", "GET", "/", 400, null, null, null, null, details, null);
    details.clear();
    assertEquals(List.of(new ApiError.Detail("f", "m")), e.details());
    assertThrows(UnsupportedOperationException.class, () -> e.details().add(new ApiError.Detail("g", "n")));
    assertEquals("", e.bodyExcerpt());
    assertEquals(List.of(), new ApiError("p", "GET", "/", 400, null, null, null, null, null, null).details());
    assertEquals("body", new ApiError("p", "GET", "/", 400, null, null, null, null, null, "body").bodyExcerpt());
  }

  @Test
  void numericCode_onlyForDigitsThatFitALong() {
    assertEquals(OptionalLong.of(81057), error(400, "81057").numericCode());
    assertEquals(OptionalLong.of(0), error(400, "0").numericCode());
    assertEquals(OptionalLong.of(999_999_999_999_999_999L), error(400, "999999999999999999").numericCode());
    for (String notNumeric : Arrays.asList(null, "", "9999999999999999999", "12a", "-5", "uniqueness_error")) {
      assertEquals(OptionalLong.empty(), error(400, notNumeric).numericCode(), String.valueOf(notNumeric));
    }
  }

  @Test
  void clientSideExceptions_keepWhatTheyWereGiven() {
    OperationFailedException failed = new OperationFailedException("action 42", "action_failed", "disk full");
    assertEquals("action 42 failed: disk full (action_failed)", failed.getMessage());
    assertEquals("action_failed", failed.code());
    assertEquals(1, failed.attempts());
    assertFalse(failed.retryable());

    IllegalStateException cause = new IllegalStateException("boom");
    ValetClientException c = new ValetClientException(ValetClientException.Kind.TIMEOUT, "slow", cause, 3, true, true);
    assertEquals(ValetClientException.Kind.TIMEOUT, c.kind());
    assertSame(cause, c.getCause());
    assertEquals(3, c.attempts());
    assertTrue(c.retryable());
    assertTrue(c.mayHaveTakenEffect());
    assertFalse(new ValetClientException(ValetClientException.Kind.IO, "io", null, 1, true).mayHaveTakenEffect());

    BudgetSpentException spent = new BudgetSpentException("budget spent", Duration.ofMinutes(5), 1);
    assertEquals(ValetClientException.Kind.RATE_LIMITED, spent.kind());
    assertEquals(Duration.ofMinutes(5), spent.retryAfter());
    assertTrue(spent.retryable());

    WaitTimeoutException timeout = new WaitTimeoutException("servers", Duration.ofSeconds(10), List.of("a", "b"));
    assertEquals("timed out after PT10S waiting for servers; still running: [a, b]", timeout.getMessage());
    assertEquals(List.of("a", "b"), timeout.stillRunning());
    assertTrue(timeout.retryable());
  }
}
