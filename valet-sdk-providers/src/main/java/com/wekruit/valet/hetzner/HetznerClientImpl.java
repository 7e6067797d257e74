package com.wekruit.valet.hetzner;

import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.http.RateLimit;
import com.wekruit.valet.spi.OperationWaiter;
import com.wekruit.valet.spi.ProviderProfile;
import com.wekruit.valet.spi.RateLimitReader;
import java.time.Duration;

final class HetznerClientImpl implements HetznerClient {
  /** Hetzner's conventions for the transport: error envelope, retry codes, {@code RateLimit-*} headers. */
  static final ProviderProfile PROFILE = new ProviderProfile("hetzner", DEFAULT_BASE_URL, new HetznerErrors(),
      RateLimitReader.headers("RateLimit-"), Duration.ofSeconds(1));
  private final HttpTransport http;
  private final Actions actions;
  private final Servers servers;
  private final Images images;
  private final Catalog catalog;

  HetznerClientImpl(HttpTransport http, OperationWaiter waiter) {
    this.http = http;
    this.actions = new Actions(http, waiter);
    this.servers = new Servers(http, actions, null);
    this.images = new Images(http);
    this.catalog = new Catalog(http);
  }

  @Override
  public Servers servers() {
    return servers;
  }

  @Override
  public Images images() {
    return images;
  }

  @Override
  public Actions actions() {
    return actions;
  }

  @Override
  public Catalog catalog() {
    return catalog;
  }

  @Override
  public RateLimit rateLimit() {
    return http.rateLimit();
  }

  @Override
  public String toString() {
    return "HetznerClient[" + http + "]";
  }
}
