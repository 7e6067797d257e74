package com.wekruit.valet.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetClientException.Kind;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.error.ServerErrorException;
import com.wekruit.valet.internal.Redactor;
import com.wekruit.valet.internal.RetryAfter;
import com.wekruit.valet.internal.SdkVersion;
import com.wekruit.valet.json.ValetJson;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import java.io.EOFException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes {@link ApiCall}s for one provider: JSON in and out, typed errors, retries with backoff that honour
 * {@code Retry-After} and rate-limit headers, a circuit breaker, and secrets kept out of every message.
 *
 * <p>Thread-safe; share one per provider client. Provider builders create it through {@link ClientBuilder}.
 */
public final class HttpTransport {
  private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final RequestBody EMPTY = RequestBody.create(new byte[0], null);

  private final String provider;
  private final String base;
  private final OkHttpClient client;
  private final Moshi moshi = ValetJson.moshi();
  private final Clock clock;
  private final Sleeper sleeper;
  private final Retry retry;
  private final CircuitBreaker breaker;
  private final Duration maxServerWait;
  private final Failures failures;
  private final Redactor redactor;
  private final Credentials credentials;
  private final Map<Type, JsonAdapter<?>> adapters = new ConcurrentHashMap<>();
  private volatile RateLimit rateLimit;

  HttpTransport(String provider, HttpUrl baseUrl, OkHttpClient client, Clock clock, Sleeper sleeper, Retry retry,
      CircuitBreaker breaker, Duration maxServerWait, Credentials credentials, ProviderErrors errors) {
    this.provider = provider;
    String b = baseUrl.toString();
    this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    this.client = client;
    this.clock = clock;
    this.sleeper = sleeper;
    this.retry = retry;
    this.breaker = breaker;
    this.maxServerWait = maxServerWait;
    this.credentials = credentials;
    this.redactor = new Redactor(credentials.secrets());
    this.failures = new Failures(provider, errors, redactor);
  }

  /** Executes a call, retrying what is safe to retry, and decodes the response. */
  public <T> T execute(ApiCall<T> call) {
    Request request = toRequest(call);
    Retry.AsyncContext<Object> retryContext = retry.asyncContext();
    for (int attempt = 1; ; attempt++) {
      try {
        T result = attempt(call, request, attempt);
        retryContext.onComplete();
        return result;
      } catch (ValetException e) {
        long delay = retryContext.onError(e);
        if (delay < 0) throw e;
        Duration wait = Duration.ofMillis(delay);
        if (wait.compareTo(maxServerWait) > 0) throw e;
        LOG.debug("{} {} {}: retrying in {} ms after {}", provider, call.method(), redactor.redact(call.path()),
            delay, e.getClass().getSimpleName());
        sleeper.sleepOrThrow(wait, "waiting to retry " + provider + " " + call.method() + " "
            + redactor.redact(call.path()), attempt);
      }
    }
  }

  /** The rate-limit budget from the latest response, or {@code null} before the first one. */
  public RateLimit rateLimit() {
    return rateLimit;
  }

  /** The injected clock. */
  public Clock clock() {
    return clock;
  }

  /** The injected sleeper. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** The circuit breaker guarding this provider (state and metrics). */
  public CircuitBreaker circuitBreaker() {
    return breaker;
  }

  private <T> T attempt(ApiCall<T> call, Request request, int attempt) {
    if (!breaker.tryAcquirePermission()) {
      throw new ValetClientException(Kind.CIRCUIT_OPEN, provider + " circuit breaker is open after repeated failures; "
          + call.method() + " " + redactor.redact(call.path()) + " was not sent", null, attempt, false);
    }
    long start = System.nanoTime();
    try (Response response = client.newCall(request).execute()) {
      recordRateLimit(response);
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} {} {} -> {} in {} us (attempt {})", provider, call.method(), redactor.redact(call.path()),
            response.code(), (System.nanoTime() - start) / 1000, attempt);
      }
      if (!response.isSuccessful()) {
        ValetApiException e = failures.api(call, response, clock.instant(), rateLimit, attempt);
        record(start, e instanceof ServerErrorException ? e : null);
        throw e;
      }
      T value;
      try {
        value = decode(call, response, attempt);
      } catch (ValetClientException undecodable) {
        record(start, null); // the provider answered; a body we cannot read is not an outage
        throw undecodable;
      }
      record(start, null);
      return value;
    } catch (IOException e) {
      ValetClientException failure = failures.io(call, e, attempt);
      record(start, failure);
      throw failure;
    }
  }

  private <T> T decode(ApiCall<T> call, Response response, int attempt) throws IOException {
    if (call.responseType() == Void.class || response.code() == 204) return null;
    ResponseBody body = response.body();
    JsonAdapter<T> adapter = adapter(call.responseType());
    try {
      T value = adapter.fromJson(body.source());
      if (value == null) throw new JsonDataException("body is null");
      return value;
    } catch (JsonDataException | JsonEncodingException | EOFException e) {
      throw failures.undecodable(call, response, e, attempt);
    }
  }

  /** Moshi caches adapters too, but its lookup allocates a key on every call; this one does not. */
  @SuppressWarnings("unchecked")
  private <T> JsonAdapter<T> adapter(Type type) {
    JsonAdapter<?> a = adapters.get(type);
    if (a == null) adapters.put(type, a = moshi.adapter(type));
    return (JsonAdapter<T>) a;
  }

  private void record(long startNanos, ValetException failure) {
    long elapsed = System.nanoTime() - startNanos;
    if (failure == null) breaker.onSuccess(elapsed, TimeUnit.NANOSECONDS);
    else breaker.onError(elapsed, TimeUnit.NANOSECONDS, failure);
  }

  private void recordRateLimit(Response response) {
    String limit = response.header("RateLimit-Limit");
    if (limit == null) return;
    try {
      long now = clock.millis();
      String remaining = response.header("RateLimit-Remaining");
      rateLimit = new RateLimit(Integer.parseInt(limit.trim()), remaining == null ? -1 : Integer.parseInt(remaining.trim()),
          RetryAfter.resetEpochSecond(response.header("RateLimit-Reset"), now), now);
    } catch (NumberFormatException ignored) {
      // a proxy mangled the headers; keep the last good reading
    }
  }

  private Request toRequest(ApiCall<?> call) {
    HttpUrl url = HttpUrl.get(base + call.path());
    List<String> q = call.queryPairs();
    if (!q.isEmpty()) {
      HttpUrl.Builder u = url.newBuilder();
      for (int i = 0; i < q.size(); i += 2) u.addQueryParameter(q.get(i), q.get(i + 1));
      url = u.build();
    }
    RequestBody body = null;
    if (call.body() != null) {
      Buffer buffer = new Buffer();
      try {
        adapter(call.bodyType()).toJson(buffer, cast(call.body()));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      body = RequestBody.create(buffer.readByteString(), JSON);
    } else if (!call.method().equals("GET") && !call.method().equals("DELETE")) {
      body = EMPTY;
    }
    Request.Builder request = new Request.Builder().url(url).method(call.method(), body)
        .header("Accept", "application/json").header("User-Agent", SdkVersion.USER_AGENT);
    credentials.apply(request);
    return request.build();
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object o) {
    return (T) o;
  }

  @Override
  public String toString() {
    return "HttpTransport[" + provider + " " + base + "]";
  }
}
