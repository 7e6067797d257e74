package com.wekruit.valet.examples.steps;

import com.wekruit.valet.cloudflare.CloudflareClient;
import com.wekruit.valet.cloudflare.DnsRecordRequest;
import com.wekruit.valet.cloudflare.DnsRecordType;
import com.wekruit.valet.cloudflare.SslMode;
import com.wekruit.valet.cloudflare.UpsertResult;
import com.wekruit.valet.cloudflare.Zone;

/**
 * The runbook's front door against a Cloudflare API (the demo's {@code FakeCloudflare}): point
 * {@code app.<zone>} at the server's IPv4 through Cloudflare's proxy, then SSL "Full (strict)" and always-HTTPS.
 */
public final class CloudflareStep {
  private CloudflareStep() {}

  /** {@code app.example.com} in the zone {@code example.com}, which must exist at {@code baseUrl}. */
  public static UpsertResult pointDomain(String baseUrl, String ipv4) {
    return pointDomain(baseUrl, "example.com", "app.example.com", ipv4);
  }

  public static UpsertResult pointDomain(String baseUrl, String zoneName, String host, String ipv4) {
    return pointDomain(CloudflareClient.builder().token("demo-token").baseUrl(baseUrl).build(), zoneName, host, ipv4);
  }

  /** Points {@code host} in {@code zoneName} at {@code ipv4} through any Cloudflare client; SSL strict, HTTPS always. */
  public static UpsertResult pointDomain(CloudflareClient cf, String zoneName, String host, String ipv4) {
    Zone zone = cf.zones().findByName(zoneName)
        .orElseThrow(() -> new IllegalStateException("no zone " + zoneName));
    UpsertResult dns = cf.dnsRecords(zone.id()).upsert(DnsRecordRequest.builder(DnsRecordType.A, host, ipv4)
        .proxied(true).comment("managed by valet").build());
    System.out.printf("cloudflare: %s A %s -> %s (%s, proxied)%n", zone.name(), host, ipv4,
        dns.outcome().name().toLowerCase(java.util.Locale.ROOT));
    SslMode ssl = cf.settings(zone.id()).ssl(SslMode.STRICT).value().value();
    boolean https = cf.settings(zone.id()).alwaysUseHttps(true);
    System.out.printf("cloudflare: %s SSL %s, always HTTPS %s%n", zone.name(),
        ssl == SslMode.STRICT ? "Full (strict)" : ssl.name(), https ? "on" : "off");
    return dns;
  }

  /** Runs the step on its own against a fresh FakeCloudflare with the zone example.com. */
  public static void main(String[] args) throws Exception {
    try (com.wekruit.valet.cloudflare.testing.FakeCloudflare fake =
        com.wekruit.valet.cloudflare.testing.FakeCloudflare.start(0)) {
      fake.addZone("example.com");
      pointDomain(fake.baseUrl(), "203.0.113.10");
    }
  }
}
