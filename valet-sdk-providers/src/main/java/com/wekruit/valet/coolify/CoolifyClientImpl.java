package com.wekruit.valet.coolify;

import com.wekruit.valet.http.RateLimit;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.OperationWaiter;
import com.wekruit.valet.spi.ProviderProfile;
import com.wekruit.valet.spi.RateLimitReader;
import com.wekruit.valet.spi.ResponseCodec;
import java.time.Duration;

final class CoolifyClientImpl implements CoolifyClient {
  /** Coolify's conventions: message/errors bodies, status-derived codes, Laravel's {@code X-RateLimit-*} headers. */
  static final ProviderProfile PROFILE = new ProviderProfile("coolify", DEFAULT_BASE_URL, new CoolifyErrors(),
      RateLimitReader.headers("X-RateLimit-"), Duration.ofSeconds(60));
  /** {@code /version} and {@code /health} answer text/plain (the spec says text/html); accept both. */
  static final String TEXT = "text/plain, text/html;q=0.9, */*;q=0.1";
  private final HttpTransport http;
  private final Applications applications;
  private final Deployments deployments;
  private final Servers servers;
  private final Services services;
  private final Databases databases;

  CoolifyClientImpl(HttpTransport http, OperationWaiter waiter) {
    this.http = http;
    this.deployments = new Deployments(http, waiter);
    this.applications = new Applications(http, deployments);
    this.servers = new Servers(http);
    this.services = new Services(http);
    this.databases = new Databases(http);
  }

  @Override
  public String version() {
    return text("/version");
  }

  @Override
  public String health() {
    return text("/health");
  }

  private String text(String path) {
    return http.execute(ApiCall.builder("GET", path, ResponseCodec.text()).accept(TEXT).build()).strip();
  }

  @Override
  public Applications applications() {
    return applications;
  }

  @Override
  public Deployments deployments() {
    return deployments;
  }

  @Override
  public Servers servers() {
    return servers;
  }

  @Override
  public Services services() {
    return services;
  }

  @Override
  public Databases databases() {
    return databases;
  }

  @Override
  public RateLimit rateLimit() {
    return http.rateLimit();
  }

  @Override
  public String toString() {
    return "CoolifyClient[" + http + "]";
  }
}
