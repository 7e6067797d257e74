package com.wekruit.valet.betterstack;

import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.ProviderProfile;
import com.wekruit.valet.spi.RateLimitReader;
import java.time.Duration;

final class BetterStackClientImpl implements BetterStackClient {
  /**
   * Better Stack publishes no rate-limit headers or numbers; a 429 without {@code Retry-After} closes the client's
   * gate for 10 s (the official Terraform provider's minimum wait).
   */
  static final ProviderProfile PROFILE = new ProviderProfile("betterstack", DEFAULT_BASE_URL, new BetterStackErrors(),
      RateLimitReader.NONE, Duration.ofSeconds(10));
  /** Heartbeat pings: no credentials, same error rules. */
  static final ProviderProfile PING_PROFILE = new ProviderProfile("betterstack-heartbeat", DEFAULT_BASE_URL,
      new BetterStackErrors(), RateLimitReader.NONE, Duration.ofSeconds(10));
  private final HttpTransport http;
  private final Monitors monitors;
  private final Heartbeats heartbeats;
  private final Incidents incidents;
  private final StatusPages statusPages;
  private final OnCalls onCalls;

  BetterStackClientImpl(HttpTransport http, HttpTransport pings) {
    this.http = http;
    this.monitors = new Monitors(http);
    this.heartbeats = new Heartbeats(http, pings);
    this.incidents = new Incidents(http);
    this.statusPages = new StatusPages(http);
    this.onCalls = new OnCalls(http);
  }

  @Override
  public Monitors monitors() {
    return monitors;
  }

  @Override
  public Heartbeats heartbeats() {
    return heartbeats;
  }

  @Override
  public Incidents incidents() {
    return incidents;
  }

  @Override
  public StatusPages statusPages() {
    return statusPages;
  }

  @Override
  public OnCalls onCall() {
    return onCalls;
  }

  @Override
  public String toString() {
    return "BetterStackClient[" + http + "]";
  }
}
