package com.wekruit.valet.upstash;

import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.ProviderProfile;
import com.wekruit.valet.spi.RateLimitReader;
import java.time.Duration;

final class UpstashClientImpl implements UpstashClient {
  /** Upstash publishes no rate-limit numbers or headers; a 429 holds the client for 5 s unless it says otherwise. */
  static final ProviderProfile PROFILE = new ProviderProfile("upstash", DEFAULT_BASE_URL, new UpstashErrors(),
      RateLimitReader.NONE, Duration.ofSeconds(5));
  private final HttpTransport http;
  private final Databases databases;

  UpstashClientImpl(HttpTransport http) {
    this.http = http;
    this.databases = new Databases(http);
  }

  @Override
  public Databases databases() {
    return databases;
  }

  @Override
  public String toString() {
    return "UpstashClient[" + http + "]";
  }
}
