package com.wekruit.valet.readme;

import com.wekruit.valet.cloudflare.CloudflareClient;
import com.wekruit.valet.cloudflare.DnsRecordRequest;
import com.wekruit.valet.cloudflare.DnsRecordType;
import com.wekruit.valet.cloudflare.SslMode;
import com.wekruit.valet.cloudflare.UpsertResult;
import com.wekruit.valet.cloudflare.Zone;
import com.wekruit.valet.cloudflare.testing.FakeCloudflare;

/** README "Cloudflare": point the domain at the VPS, SSL Full (strict), always HTTPS. */
final class CloudflareSnippet {
  private CloudflareSnippet() {}

  static UpsertResult run(FakeCloudflare fake) {
    // readme:begin
    CloudflareClient cf = fake.client();           // production: CloudflareClient.fromEnv() reads CLOUDFLARE_API_TOKEN
    Zone zone = cf.zones().findByName("example.com").orElseThrow();
    UpsertResult dns = cf.dnsRecords(zone.id()).upsert(
        DnsRecordRequest.builder(DnsRecordType.A, "app.example.com", "203.0.113.10").proxied(true).build());
    // dns.outcome(): CREATED, UPDATED or UNCHANGED (nothing sent after the listing)
    cf.settings(zone.id()).ssl(SslMode.STRICT);    // "Full (strict)"
    cf.settings(zone.id()).alwaysUseHttps(true);
    // readme:end
    return dns;
  }
}
