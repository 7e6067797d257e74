package com.wekruit.valet.spi;

import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.http.RateLimit;
import com.wekruit.valet.http.Sleeper;
import com.wekruit.valet.http.Ticker;
import com.wekruit.valet.internal.Loopback;
import com.wekruit.valet.internal.Redactor;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import okhttp3.Authenticator;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Executes {@link ApiCall}s for one provider, blocking ({@link #execute}) or async ({@link #executeAsync}): typed
 * errors only, retries with backoff that honour {@code Retry-After} and rate-limit headers, a client-wide rate-limit
 * gate, a circuit breaker, bounded bodies, at most one delivery of a non-idempotent request, and secrets kept out of
 * every message.
 *
 * <p>Thread-safe; one per provider client. Built by {@link com.wekruit.valet.http.ClientBuilder}.
 */
public final class HttpTransport {
  final ProviderProfile profile;
  final HttpUrl base;
  /** The base URL without a trailing slash; paths start with one. */
  final String root;
  final OkHttpClient client;
  final TransportSettings settings;
  final CircuitBreaker breaker;
  final Credentials credentials;
  final Redactor redactor;
  final Failures failures;
  final RateGate gate = new RateGate();
  private volatile RateLimit rateLimit;

  /** Builds the transport; refuses credentials over plain HTTP to anything but loopback. */
  public HttpTransport(ProviderProfile profile, Credentials credentials, TransportSettings s) {
    this.profile = profile;
    this.settings = s;
    this.credentials = credentials;
    String b = s.baseUrl().toString();
    this.root = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    this.base = s.baseUrl();
    if (credentials != Credentials.NONE && !base.isHttps() && !Loopback.isLoopback(base.host())) {
      throw new IllegalArgumentException("baseUrl: refusing to send credentials over plain HTTP to " + base.host()
          + " (use https, or localhost / a loopback address for tests)");
    }
    this.redactor = new Redactor(credentials.secrets());
    this.failures = new Failures(profile.name(), profile.interpreter());
    this.breaker = Breakers.of(profile.name(), s.breakerPolicy(), s.clock());
    OkHttpClient.Builder derived = s.okHttp().newBuilder().socketFactory(NoDelaySockets.wrap(s.okHttp().socketFactory()));
    if (credentials != Credentials.NONE && !base.isHttps()) derived.proxy(java.net.Proxy.NO_PROXY);
    this.client = derived
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .authenticator(Authenticator.NONE)
        .addNetworkInterceptor(new FollowUpGuard())
        .connectTimeout(s.connectTimeout())
        .readTimeout(s.readTimeout())
        .writeTimeout(s.readTimeout())
        .callTimeout(s.callTimeout())
        .build();
  }

  /** Executes a call on the calling thread, retrying what is safe to retry, and decodes the response. */
  public <T> T execute(ApiCall<T> call) {
    return new Exchange<>(this, call).run();
  }

  /**
   * Executes a call without blocking: OkHttp's dispatcher sends it, retries are scheduled on a timer, and
   * {@code cancel(true)} on the future cancels the HTTP call in flight. Fails only with {@link
   * com.wekruit.valet.error.ValetException}s.
   */
  public <T> CompletableFuture<T> executeAsync(ApiCall<T> call) {
    return new Exchange<>(this, call).runAsync();
  }

  /** The rate-limit budget from the latest response that reported one, or {@code null}. */
  public RateLimit rateLimit() {
    return rateLimit;
  }

  public Clock clock() {
    return settings.clock();
  }

  public Ticker ticker() {
    return settings.ticker();
  }

  public Sleeper sleeper() {
    return settings.sleeper();
  }

  /** Redacts this client's secrets; for provider code that builds messages from server text. */
  public String clean(String text, int maxChars) {
    return redactor.clean(text, maxChars);
  }

  /** The circuit breaker's state, e.g. {@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}. */
  public String breakerState() {
    return breaker.getState().name();
  }

  /** The absolute URL a relative call goes to, as a link to it would spell it. */
  String urlOf(ApiCall<?> call) {
    if (call.absoluteUrl() != null) return call.absoluteUrl().toString();
    HttpUrl.Builder u = HttpUrl.get(root + call.path()).newBuilder();
    java.util.List<String> q = call.queryPairs();
    for (int i = 0; i < q.size(); i += 2) u.addQueryParameter(q.get(i), q.get(i + 1));
    return u.build().toString();
  }

  /** Reads the budget from a response and closes the gate while it is spent. */
  void observe(Headers headers) {
    long now = settings.clock().millis();
    RateLimit r;
    Duration blocked;
    try {
      r = profile.rateLimits().read(headers, now);
      if (r == null) return;
      blocked = profile.rateLimits().blockedFor(r, java.time.Instant.ofEpochMilli(now));
    } catch (RuntimeException garbled) {
      return; // a proxy mangled the headers; keep the last good reading
    }
    rateLimit = r;
    if (blocked != null && blocked.compareTo(Duration.ZERO) > 0) closeGate(blocked);
  }

  /** The provider's own budget before an attempt: zero (counted) or how long to wait; a reader that throws lets it go. */
  Duration acquireBudget() {
    try {
      Duration d = profile.rateLimits().acquire(settings.clock().millis());
      return d == null || d.isNegative() ? Duration.ZERO : d;
    } catch (RuntimeException broken) {
      return Duration.ZERO;
    }
  }

  void closeGate(Duration d) {
    gate.closeUntil(settings.ticker().nanos() + Math.min(d.toNanos(), Duration.ofDays(1).toNanos()));
  }


  @Override
  public String toString() {
    return "HttpTransport[" + profile.name() + " " + redactor.clean(base.toString(), 200) + "]";
  }
}
