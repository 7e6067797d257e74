package com.wekruit.valet.hetzner;

import com.wekruit.valet.http.HttpTransport;
import com.wekruit.valet.http.RateLimit;
import com.wekruit.valet.waiting.Poller;

final class HetznerClientImpl implements HetznerClient {
  private final HttpTransport http;
  private final Actions actions;
  private final Servers servers;
  private final Images images;
  private final Catalog catalog;

  HetznerClientImpl(HttpTransport http, Poller poller) {
    this.http = http;
    this.actions = new Actions(http, poller);
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
