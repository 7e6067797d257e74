package com.wekruit.valet.cloudflare;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.cloudflare.UpsertResult.Outcome;
import com.wekruit.valet.cloudflare.testing.FakeCloudflare;
import com.wekruit.valet.error.NotFoundException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake, driven by the real client through a WireMock proxy so every exchange is checked against the spec. */
class FakeCloudflareTest extends WireMockCloudflare {
  FakeCloudflare fake;
  String zoneId;

  @BeforeEach
  void startFake() throws Exception {
    fake = FakeCloudflare.start(0);
    zoneId = fake.addZone("example.com");
    wm.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(fake.baseUrl().replace(BASE, ""))));
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }

  @Test
  void pointANameAtTheServer_withStrictSsl_behavesLikeTheApi() {
    assertTrue(cf.tokens().verify().active());
    Zone zone = cf.zones().findByName("example.com").orElseThrow();
    assertEquals(zoneId, zone.id());
    DnsRecords dns = cf.dnsRecords(zone.id());
    DnsRecordRequest a = DnsRecordRequest.builder(DnsRecordType.A, "app.example.com", "203.0.113.10").proxied(true)
        .build();
    assertEquals(Outcome.CREATED, dns.upsert(a).outcome());
    assertEquals(Outcome.UNCHANGED, dns.upsert(a).outcome());
    UpsertResult moved = dns.upsert(DnsRecordRequest.builder(DnsRecordType.A, "app.example.com", "203.0.113.20")
        .build());
    assertEquals(Outcome.UPDATED, moved.outcome());
    assertTrue(moved.record().proxied(), "PATCH kept proxying");
    assertThrows(DuplicateRecordException.class, () -> dns.create(DnsRecordRequest.builder(DnsRecordType.A,
        "app.example.com", "203.0.113.20").build()));

    for (int i = 0; i < 3; i++) {
      dns.create(DnsRecordRequest.builder(DnsRecordType.A, "w" + i + ".example.com", "203.0.113." + (30 + i)).build());
    }
    assertEquals(4, dns.list(DnsRecordQuery.all().perPage(2)).stream().count(), "two pages of two");
    DnsRecord over = dns.overwrite(moved.record().id(), DnsRecordRequest.builder(DnsRecordType.A, "app.example.com",
        "203.0.113.21").build());
    assertFalse(over.proxied(), "PUT resets what it leaves out");

    assertTrue(cf.settings(zone.id()).ssl(SslMode.STRICT).value().is(SslMode.STRICT));
    assertTrue(cf.settings(zone.id()).alwaysUseHttps(true));
    assertEquals("strict", fake.setting(zoneId, "ssl"));
    cf.cache(zone.id()).files(List.of("https://app.example.com/"));
    assertEquals(List.of(Map.of("files", List.of("https://app.example.com/"))), fake.purges(zoneId));

    dns.delete(over.id());
    assertThrows(NotFoundException.class, () -> dns.get(over.id()));
  }
}
