package com.wekruit.valet.http;

import com.wekruit.valet.error.ServerErrorException;
import com.wekruit.valet.error.ValetClientException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetException;
import static com.wekruit.valet.internal.Durations.requirePositive;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Settings every provider client shares: base URL, timeouts, retry policy, circuit breaker, an OkHttp client to share,
 * clock and sleeper. Provider builders extend it and add their credentials.
 *
 * @param <B> the concrete builder
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  private static final OkHttpClient DEFAULT_CLIENT = new OkHttpClient();
  private HttpUrl baseUrl;
  private OkHttpClient okHttpClient = DEFAULT_CLIENT;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration readTimeout = Duration.ofSeconds(30);
  private Duration callTimeout = Duration.ofSeconds(60);
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private CircuitBreakerConfig circuitBreaker;
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.SYSTEM;

  protected ClientBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** Overrides the API base URL (tests, proxies, other regions). Plain HTTP is only accepted for loopback. */
  public B baseUrl(String baseUrl) {
    HttpUrl url = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
    if (url == null) throw new IllegalArgumentException("baseUrl is not an http(s) URL: " + baseUrl);
    this.baseUrl = url;
    return self();
  }

  /** Shares an existing OkHttp client (its connection pool and dispatcher). Its own settings are kept except timeouts
   * and retry-on-connection-failure, which this SDK owns. */
  public B okHttpClient(OkHttpClient client) {
    this.okHttpClient = Objects.requireNonNull(client, "okHttpClient");
    return self();
  }

  public B connectTimeout(Duration timeout) {
    this.connectTimeout = requirePositive("connectTimeout", timeout);
    return self();
  }

  public B readTimeout(Duration timeout) {
    this.readTimeout = requirePositive("readTimeout", timeout);
    return self();
  }

  /** Limit for one whole attempt, including reading the body. */
  public B callTimeout(Duration timeout) {
    this.callTimeout = requirePositive("callTimeout", timeout);
    return self();
  }

  public B retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
    return self();
  }

  /** Replaces the default breaker (count window 10, opens at 50 % of at least 5 failures, 30 s open). */
  public B circuitBreaker(CircuitBreakerConfig config) {
    this.circuitBreaker = Objects.requireNonNull(config, "circuitBreaker");
    return self();
  }

  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  protected Clock clock() {
    return clock;
  }

  protected Sleeper sleeper() {
    return sleeper;
  }

  /** Builds the transport for a provider; called by the provider's {@code build()}. */
  protected HttpTransport transport(String provider, String defaultBaseUrl, Credentials credentials,
      ProviderErrors errors) {
    HttpUrl url = baseUrl != null ? baseUrl : HttpUrl.get(defaultBaseUrl);
    Loopback.requireSafe(url, credentials);
    OkHttpClient client = okHttpClient.newBuilder()
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .connectTimeout(connectTimeout)
        .readTimeout(readTimeout)
        .writeTimeout(readTimeout)
        .callTimeout(callTimeout)
        .build();
    Retry retry = Retry.of(provider, retryConfig(retryPolicy));
    CircuitBreakerConfig cb = circuitBreaker != null ? circuitBreaker : defaultBreaker(clock);
    return new HttpTransport(provider, url, client, clock, sleeper, retry, CircuitBreaker.of(provider, cb),
        retryPolicy.maxServerWait(), credentials, errors);
  }

  static RetryConfig retryConfig(RetryPolicy p) {
    IntervalFunction backoff = p.jitter() == 0
        ? IntervalFunction.ofExponentialBackoff(p.initialBackoff(), p.multiplier(), p.maxBackoff())
        : IntervalFunction.ofExponentialRandomBackoff(p.initialBackoff(), p.multiplier(), p.jitter(), p.maxBackoff());
    IntervalBiFunction<Object> interval = (attempt, outcome) -> {
      if (outcome.isLeft() && outcome.getLeft() instanceof ValetApiException api && api.retryAfter().isPresent()) {
        return api.retryAfter().get().toMillis();
      }
      return backoff.apply(attempt);
    };
    return RetryConfig.custom()
        .maxAttempts(p.maxAttempts())
        .retryOnException(t -> t instanceof ValetException v && v.retryable())
        .intervalBiFunction(interval)
        .failAfterMaxAttempts(false)
        .build();
  }

  /** Low traffic: judge on few calls, count only provider outages (5xx, I/O, timeouts). */
  static CircuitBreakerConfig defaultBreaker(Clock clock) {
    return CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(10)
        .minimumNumberOfCalls(5)
        .failureRateThreshold(50)
        .waitDurationInOpenState(Duration.ofSeconds(30))
        .permittedNumberOfCallsInHalfOpenState(2)
        .recordException(t -> t instanceof ServerErrorException
            || (t instanceof ValetClientException c && c.kind() != ValetClientException.Kind.UNDECODABLE_BODY))
        .clock(clock)
        .build();
  }
}
