package com.wekruit.valet.http;

import static com.wekruit.valet.internal.Durations.requirePositive;

import com.wekruit.valet.spi.Credentials;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.ProviderProfile;
import com.wekruit.valet.spi.TransportSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Settings every provider client shares: base URL, timeouts, retry and breaker policies, the largest response read,
 * an OkHttp client to share, and the injected clock, ticker and sleeper. Provider builders extend it and add their
 * credentials. Not thread-safe; the clients it builds are.
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
  private BreakerPolicy breakerPolicy = BreakerPolicy.defaults();
  private long maxResponseBytes = 16L * 1024 * 1024;
  private Clock clock = Clock.systemUTC();
  private Ticker ticker = Ticker.SYSTEM;
  private Sleeper sleeper = Sleeper.SYSTEM;

  protected ClientBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** Overrides the API base URL (tests, proxies, other regions). Plain HTTP is only accepted for loopback. */
  public B baseUrl(String baseUrl) {
    HttpUrl url = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
    if (url == null) throw new IllegalArgumentException("baseUrl is not an http(s) URL");
    this.baseUrl = url;
    return self();
  }

  /**
   * Shares an existing OkHttp client (its connection pool and dispatcher). The SDK derives its own from it with
   * timeouts, redirects, retries and auth follow-ups set by the SDK: one retry policy owns every repeat.
   */
  public B okHttpClient(OkHttpClient client) {
    this.okHttpClient = Objects.requireNonNull(client, "okHttpClient");
    return self();
  }

  public B connectTimeout(Duration timeout) {
    this.connectTimeout = requirePositive("connectTimeout", timeout);
    return self();
  }

  /** Longest silence while reading or writing. */
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

  /** Replaces the default breaker ({@link BreakerPolicy#defaults()}). */
  public B breakerPolicy(BreakerPolicy policy) {
    this.breakerPolicy = Objects.requireNonNull(policy, "breakerPolicy");
    return self();
  }

  /** The largest response body read (default 16 MiB); a larger one fails with {@code RESPONSE_TOO_LARGE}. */
  public B maxResponseBytes(long bytes) {
    if (bytes < 1) throw new IllegalArgumentException("maxResponseBytes must be positive, was " + bytes);
    this.maxResponseBytes = bytes;
    return self();
  }

  /** Wall clock, for timestamps and HTTP dates only. */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /** Monotonic time, for deadlines and the rate-limit gate. */
  public B ticker(Ticker ticker) {
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    return self();
  }

  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /** Builds the transport for a provider; called by the provider's {@code build()}. */
  protected HttpTransport transport(ProviderProfile profile, Credentials credentials) {
    HttpUrl url = baseUrl != null ? baseUrl : HttpUrl.get(profile.defaultBaseUrl());
    return new HttpTransport(profile, credentials, new TransportSettings(url, okHttpClient, clock, ticker, sleeper,
        retryPolicy, breakerPolicy, maxResponseBytes, connectTimeout, readTimeout, callTimeout));
  }
}
