package com.wekruit.valet.cloudflare;

import com.wekruit.valet.http.RateLimit;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.ProviderProfile;
import java.time.Duration;

final class CloudflareClientImpl implements CloudflareClient {
  /** A 429 without {@code Retry-After}: Cloudflare blocks all calls of the user for the next five minutes. */
  static final Duration BLOCKED_AFTER_429 = Duration.ofMinutes(5);
  private static final CloudflareErrors ERRORS = new CloudflareErrors();
  private final HttpTransport http;
  private final Tokens tokens;
  private final Zones zones;

  CloudflareClientImpl(HttpTransport http, boolean accountToken, String accountId) {
    this.http = http;
    this.tokens = new Tokens(http, accountToken, accountId);
    this.zones = new Zones(http, accountId);
  }

  /** Cloudflare's conventions for the transport; the budget counter is per client. */
  static ProviderProfile profile(int budget) {
    return new ProviderProfile("cloudflare", DEFAULT_BASE_URL, ERRORS, new CloudflareBudget(budget), BLOCKED_AFTER_429);
  }

  @Override
  public Tokens tokens() {
    return tokens;
  }

  @Override
  public Zones zones() {
    return zones;
  }

  @Override
  public DnsRecords dnsRecords(String zoneId) {
    return new DnsRecords(http, zoneId);
  }

  @Override
  public ZoneSettings settings(String zoneId) {
    return new ZoneSettings(http, zoneId);
  }

  @Override
  public CachePurge cache(String zoneId) {
    return new CachePurge(http, zoneId);
  }

  @Override
  public R2Buckets r2Buckets(String accountId) {
    return new R2Buckets(http, accountId, com.wekruit.valet.r2.R2Jurisdiction.DEFAULT);
  }

  @Override
  public RateLimit rateLimit() {
    return http.rateLimit();
  }

  @Override
  public String toString() {
    return "CloudflareClient[" + http + "]";
  }
}
