package com.wekruit.valet.spi;

import com.squareup.moshi.JsonDataException;
import com.wekruit.valet.error.BudgetSpentException;
import com.wekruit.valet.error.ServerErrorException;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.internal.Redactor;
import com.wekruit.valet.internal.RetryAfter;
import com.wekruit.valet.spi.ResponseInterpreter.ProviderError;
import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.Okio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical call through its attempts. The blocking ({@link #run}) and async ({@link #runAsync}) drivers share every
 * decision: the gate, the breaker permit, request building, interpretation and the retry delay.
 */
final class Exchange<T> {
  private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
  private final HttpTransport t;
  private final ApiCall<T> call;
  private final Redactor redactor;
  private final long deadline;
  private final boolean hasDeadline;
  private int attempt;
  private boolean mayHaveApplied;
  private volatile Call inFlight;
  private volatile Future<?> timer;
  private Result result;

  Exchange(HttpTransport t, ApiCall<T> call) {
    this.t = t;
    this.call = call;
    this.redactor = t.redactor.with(call.secrets());
    this.hasDeadline = call.timeout() != null;
    this.deadline = hasDeadline ? t.settings.ticker().nanos() + call.timeout().toNanos() : 0;
  }

  T run() {
    while (true) {
      try {
        for (Duration gate = gateWait(); !gate.isZero(); gate = gateWait()) {
          t.settings.sleeper().sleepOrThrow(gate, "waiting for the " + t.profile.name() + " rate-limit budget",
              attempt);
        }
        BreakerPermit permit = permit();
        Call c = newCall(permit);
        Response response;
        try {
          response = c.execute();
        } catch (IOException e) {
          throw permit.failed(ioFailure(e));
        }
        try (response) {
          return finish(permit, response);
        }
      } catch (ValetException e) {
        Duration delay = retryDelay(e);
        if (delay == null) throw e;
        t.settings.sleeper().sleepOrThrow(delay, "waiting to retry " + this, attempt);
      } catch (RuntimeException e) {
        throw internal(e);
      }
    }
  }

  CompletableFuture<T> runAsync() {
    result = new Result();
    startAsync();
    return result;
  }

  private void startAsync() {
    if (result.isDone()) return;
    try {
      Duration gate = gateWait();
      if (!gate.isZero()) {
        timer = t.settings.sleeper().schedule(gate, this::startAsync);
        return;
      }
      sendAsync();
    } catch (ValetException e) {
      result.completeExceptionally(e);
    }
  }

  private void sendAsync() {
    if (result.isDone()) return;
    try {
      BreakerPermit permit = permit();
      Call c = newCall(permit);
      c.enqueue(new Callback() {
        @Override
        public void onFailure(Call call, IOException e) {
          if (result.isCancelled()) {
            permit.release();
            return;
          }
          afterFailure(permit.failed(ioFailure(e)));
        }

        @Override
        public void onResponse(Call call, Response response) {
          try (response) {
            result.complete(finish(permit, response));
          } catch (ValetException e) {
            afterFailure(e);
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(internal(e));
          }
        }
      });
    } catch (ValetException e) {
      afterFailure(e);
    } catch (RuntimeException | Error e) {
      result.completeExceptionally(internal(e));
    }
  }

  private void afterFailure(ValetException e) {
    if (result.isDone()) return;
    Duration delay;
    try {
      delay = retryDelay(e);
    } catch (RuntimeException | Error bug) {
      result.completeExceptionally(internal(bug));
      return;
    }
    if (delay == null) result.completeExceptionally(e);
    else timer = t.settings.sleeper().schedule(delay, this::startAsync);
  }

  /**
   * How long the rate-limit gate, then the provider's own budget, hold this call (zero: go, the attempt is counted);
   * throws when that is longer than the caller allows.
   */
  private Duration gateWait() {
    long wait = t.gate.waitNanos(t.settings.ticker().nanos());
    if (wait == 0) wait = t.acquireBudget().toNanos();
    if (wait == 0) return Duration.ZERO;
    Duration d = Duration.ofNanos(wait);
    if (d.compareTo(t.settings.retryPolicy().maxServerWait()) > 0 || beyondDeadline(wait)) {
      throw new BudgetSpentException(t.profile.name() + " rate-limit budget is spent for " + millis(d)
          + "; " + this + " was not sent (longer than this call may wait)", d, attempt);
    }
    return d;
  }

  private Call newCall(BreakerPermit permit) {
    if (hasDeadline && deadline - t.settings.ticker().nanos() <= 0) {
      permit.release();
      throw t.failures.notSent(call, redactor, Kind.TIMEOUT, "ran out of its time before attempt " + (attempt + 1)
          + "; not sent", attempt);
    }
    attempt++;
    Request request;
    try {
      request = Requests.build(t, call, redactor, attempt);
    } catch (ValetException e) {
      permit.release();
      throw e;
    } catch (RuntimeException e) {
      permit.release();
      throw internal(e);
    }
    Call c = t.client.newCall(request);
    if (hasDeadline) {
      long left = Math.max(1, deadline - t.settings.ticker().nanos());
      long limit = t.settings.callTimeout().toNanos();
      c.timeout().timeout(Math.min(left, limit), TimeUnit.NANOSECONDS);
    }
    inFlight = c;
    if (result != null && result.isCancelled()) c.cancel();
    return c;
  }

  /** Interprets a response: typed error, gone-after-retry success, or the decoded body. */
  private T interpret(Response response) {
    t.observe(response.headers());
    int status = response.code();
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} -> {} (attempt {})", t.profile.name(), redactor.clean(toString(), 300), status, attempt);
    }
    if (status < 200 || status > 299) {
      if (status == 404 && call.goneIsSuccess() && mayHaveApplied) return call.goneValue();
      throw errorAnswer(response);
    }
    T value = decode(response);
    ProviderError reported;
    try {
      reported = t.profile.interpreter().inspectSuccess(status, value);
    } catch (RuntimeException e) {
      throw t.failures.undecodable(call, redactor, status, e, attempt);
    }
    if (reported != null) {
      throw t.failures.api(call, redactor, status, response.headers(), reported, "", "application/json", null,
          attempt);
    }
    return value;
  }

  private ValetApiException errorAnswer(Response response) {
    String body;
    try {
      body = response.peekBody(Math.min(Failures.MAX_ERROR_BODY, t.settings.maxResponseBytes())).string();
    } catch (IOException | RuntimeException e) {
      body = "";
    }
    try {
      body = t.profile.interpreter().hideSecrets(body);
    } catch (RuntimeException e) {
      body = null;
    }
    if (body == null) body = "";
    String contentType = response.header("Content-Type", "");
    ProviderError parsed = t.failures.parse(response.code(), contentType, body);
    java.time.Instant now = t.settings.clock().instant();
    String ra = response.header(FollowUpGuard.HIDDEN_RETRY_AFTER, response.header("Retry-After"));
    Duration retryAfter = RetryAfter.parse(ra, now);
    if (t.failures.isRateLimit(response.code(), parsed.code())) {
      // Retry-After: 0 on a spent budget would leave the gate open and let every call find the 429 itself
      Duration block = retryAfter == null || retryAfter.isZero() ? null : retryAfter;
      if (block == null && t.rateLimit() != null) {
        Duration next = t.rateLimit().untilNextToken(now);
        if (!next.isZero()) block = next;
      }
      if (block == null) block = t.profile.rateLimitedWait();
      t.closeGate(block);
      if (retryAfter == null || retryAfter.isZero()) retryAfter = block;
    }
    return t.failures.api(call, redactor, response.code(), response.headers(), parsed, body, contentType,
        retryAfter, attempt);
  }

  private T decode(Response response) {
    ResponseBody body = response.body();
    long max = t.settings.maxResponseBytes();
    try {
      if (body.contentLength() > max) throw new BoundedSource.TooLarge(max);
      long declared = body.contentLength();
      BufferedSource source = declared >= 0 ? body.source() : Okio.buffer(new BoundedSource(body.source(), max));
      if (call.codec().ignoresBody()) return null;
      boolean empty = response.code() == 204 || body.contentLength() == 0 || source.exhausted();
      return call.codec().decode(source, empty);
    } catch (JsonDataException | EOFException | com.squareup.moshi.JsonEncodingException e) {
      throw t.failures.undecodable(call, redactor, response.code(), e, attempt);
    } catch (IOException e) {
      throw ioFailure(e);
    } catch (ValetException e) {
      throw e;
    } catch (RuntimeException e) {
      throw t.failures.undecodable(call, redactor, response.code(), e, attempt);
    }
  }

  private ValetClientException ioFailure(IOException e) {
    if (!Failures.notSent(e)) mayHaveApplied = true;
    return t.failures.io(call, redactor, e, attempt);
  }

  /** The wait before the next attempt, or {@code null} when the failure is final. */
  private Duration retryDelay(ValetException e) {
    if (e instanceof ServerErrorException) mayHaveApplied = true;
    if (!e.retryable() || e instanceof BudgetSpentException || attempt >= t.settings.retryPolicy().maxAttempts()) {
      return null;
    }
    if (result != null && result.isCancelled()) return null;
    Duration backoff = t.settings.retryPolicy().backoff(attempt);
    Duration server = e instanceof ValetApiException api ? api.retryAfter().orElse(null) : null;
    if (server != null && server.compareTo(t.settings.retryPolicy().maxServerWait()) > 0) return null;
    Duration delay = server != null && server.compareTo(backoff) > 0 ? server : backoff;
    if (beyondDeadline(delay.toNanos())) return null;
    LOG.debug("{}: retrying in {} ms after {}", redactor.clean(toString(), 300), delay.toMillis(),
        e.getClass().getSimpleName());
    return delay;
  }

  private boolean beyondDeadline(long waitNanos) {
    return hasDeadline && deadline - t.settings.ticker().nanos() - waitNanos <= 0;
  }

  private ValetClientException failure(Kind kind, String what, Throwable cause, boolean retryable) {
    return t.failures.client(call, redactor, kind, what, cause, attempt, retryable);
  }

  private ValetClientException internal(Throwable e) {
    return failure(Kind.INTERNAL, "failed inside the SDK: " + e, e, false);
  }

  private static String millis(Duration d) {
    return d.toMillis() + " ms";
  }

  @Override
  public String toString() {
    return t.profile.name() + " " + call.method() + " " + redactor.clean(call.displayPath(), 240);
  }

  /** Interprets the answer and records the outcome on the attempt's breaker permit, on every exit path. */
  private T finish(BreakerPermit permit, Response response) {
    try {
      T value = interpret(response);
      permit.record(null);
      return value;
    } catch (ValetException e) {
      permit.record(e);
      throw e;
    } catch (RuntimeException | Error e) {
      permit.release();
      throw e;
    }
  }

  private BreakerPermit permit() {
    BreakerPermit p = BreakerPermit.tryAcquire(t.breaker);
    if (p == null) {
      throw failure(Kind.CIRCUIT_OPEN, "not sent: the " + t.profile.name()
          + " circuit breaker is open after repeated failures", null, false);
    }
    return p;
  }

  /** A future whose {@code cancel} reaches the HTTP call in flight and any scheduled retry. */
  private final class Result extends CompletableFuture<T> {
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      Call c = inFlight;
      if (c != null) c.cancel();
      Future<?> f = timer;
      if (f != null) f.cancel(false);
      return cancelled;
    }
  }
}
