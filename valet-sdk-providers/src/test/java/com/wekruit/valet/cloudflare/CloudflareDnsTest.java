package com.wekruit.valet.cloudflare;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.dnsRecord;
import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.error;
import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.ok;
import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.page;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.wekruit.valet.cloudflare.UpsertResult.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DNS records: filters, large pages, create / patch / overwrite / delete, and the idempotent upsert. */
class CloudflareDnsTest extends WireMockCloudflare {
  static final String ID = "372e67954025e0ba6aaa6d586b9e0b59";
  static final String ID2 = "372e67954025e0ba6aaa6d586b9e0b60";
  static final String NAME = "app.example.com";

  static String a(String id, String ip) {
    return dnsRecord(id, "A", NAME, ip, 1, true, null, List.of());
  }

  @Test
  void list_sendsFiltersAndLargePages_andStopsAtTotalPagesWithoutAnEmptyRequest() {
    wm.stubFor(get(urlPathEqualTo(zonePath("/dns_records"))).withQueryParam("page", equalTo("1"))
        .willReturn(okJson(page(List.of(a(ID, "203.0.113.10")), 1, 1, 2, true))));
    wm.stubFor(get(urlPathEqualTo(zonePath("/dns_records"))).withQueryParam("page", equalTo("2"))
        .willReturn(okJson(page(List.of(a(ID2, "203.0.113.11")), 2, 1, 2, true))));
    List<DnsRecord> all = cf.dnsRecords(ZONE).list(DnsRecordQuery.all().type(DnsRecordType.A).name(NAME).perPage(1))
        .stream().toList();
    assertEquals(List.of("203.0.113.10", "203.0.113.11"), all.stream().map(DnsRecord::content).toList());
    assertTrue(all.get(0).type().is(DnsRecordType.A));
    wm.verify(2, getRequestedFor(urlPathEqualTo(zonePath("/dns_records"))));
    wm.verify(getRequestedFor(urlPathEqualTo(zonePath("/dns_records"))).withQueryParam("type", equalTo("A"))
        .withQueryParam("name", equalTo(NAME)).withQueryParam("per_page", equalTo("1")));
  }

  @Test
  void list_withoutTotalPages_asIn2024Spec_usesTotalCount() {
    wm.stubFor(get(urlPathEqualTo(zonePath("/dns_records")))
        .willReturn(okJson(page(List.of(a(ID, "203.0.113.10"), a(ID2, "203.0.113.11")), 1, 500, 2, false))));
    assertEquals(2, cf.dnsRecords(ZONE).list().stream().count());
    wm.verify(1, getRequestedFor(urlPathEqualTo(zonePath("/dns_records"))).withQueryParam("per_page",
        equalTo("500")));
  }

  @Test
  void create_sendsTheRecord_andDuplicateCodesAreTyped() {
    wm.stubFor(post(zonePath("/dns_records")).inScenario("dup").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(ok(dnsRecord(ID, "A", NAME, "203.0.113.10", 300, true, "web", List.of("owner:sdk")))))
        .willSetStateTo("exists"));
    wm.stubFor(post(zonePath("/dns_records")).inScenario("dup").whenScenarioStateIs("exists")
        .willReturn(jsonResponse(error("81058", "An identical record already exists."), 400)));
    DnsRecordRequest req = DnsRecordRequest.builder(DnsRecordType.A, NAME, "203.0.113.10").ttl(300).proxied(true)
        .comment("web").tags(List.of("owner:sdk")).build();
    DnsRecord r = cf.dnsRecords(ZONE).create(req);
    assertEquals(300, r.ttl());
    assertEquals(List.of("owner:sdk"), r.tags());
    wm.verify(postRequestedFor(urlEqualTo(zonePath("/dns_records"))).withRequestBody(equalToJson(
        "{\"type\":\"A\",\"name\":\"app.example.com\",\"content\":\"203.0.113.10\",\"ttl\":300,\"proxied\":true,"
            + "\"comment\":\"web\",\"tags\":[\"owner:sdk\"]}")));
    DuplicateRecordException dup = assertThrows(DuplicateRecordException.class, () -> cf.dnsRecords(ZONE).create(req));
    assertTrue(dup.identical());
    assertEquals("81058", dup.providerCode());
    assertEquals(1, dup.attempts(), "a refused create is not repeated");
  }

  @Test
  void patch_sendsOnlyWhatIsSet_overwriteSendsTheWholeRecord() {
    wm.stubFor(patch(urlEqualTo(zonePath("/dns_records/" + ID))).willReturn(okJson(ok(a(ID, "203.0.113.20")))));
    wm.stubFor(put(urlEqualTo(zonePath("/dns_records/" + ID))).willReturn(okJson(ok(a(ID, "203.0.113.30")))));
    DnsRecord current = new DnsRecord(ID, NAME, com.wekruit.valet.json.OpenEnum.of(DnsRecordType.A), "203.0.113.10",
        true, true, 1, null, List.of(), null, null);
    cf.dnsRecords(ZONE).patch(ID, DnsRecordPatch.from(current).content("203.0.113.20").ttl(120).build());
    wm.verify(patchRequestedFor(urlEqualTo(zonePath("/dns_records/" + ID))).withRequestBody(equalToJson(
        "{\"type\":\"A\",\"name\":\"app.example.com\",\"content\":\"203.0.113.20\",\"ttl\":120}")));
    cf.dnsRecords(ZONE).overwrite(ID, DnsRecordRequest.builder(DnsRecordType.A, NAME, "203.0.113.30").build());
    wm.verify(putRequestedFor(urlEqualTo(zonePath("/dns_records/" + ID))).withRequestBody(equalToJson(
        "{\"type\":\"A\",\"name\":\"app.example.com\",\"content\":\"203.0.113.30\"}")));
  }

  @Test
  void partialPatch_asTheLiveApiTakesIt_sendsOneFieldAndClearsWithNull() {
    validateSpec = false; // the 2024 document requires type, name and content in PATCH bodies; the live API does not
    wm.stubFor(patch(urlEqualTo(zonePath("/dns_records/" + ID))).willReturn(okJson(ok(a(ID, "203.0.113.10")))));
    cf.dnsRecords(ZONE).patch(ID, DnsRecordPatch.builder().proxied(false).clearComment().build());
    wm.verify(patchRequestedFor(urlEqualTo(zonePath("/dns_records/" + ID)))
        .withRequestBody(equalToJson("{\"proxied\":false,\"comment\":null}")));
  }

  @Test
  void delete_retriedAfterAResetThatTookEffect_isSuccess() {
    wm.stubFor(delete(urlEqualTo(zonePath("/dns_records/" + ID))).inScenario("d").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("gone"));
    wm.stubFor(delete(urlEqualTo(zonePath("/dns_records/" + ID))).inScenario("d").whenScenarioStateIs("gone")
        .willReturn(jsonResponse(error("81044", "Record does not exist."), 404)));
    validateSpec = false; // the reset exchange has no response to validate
    assertDoesNotThrow(() -> cf.dnsRecords(ZONE).delete(ID));
    wm.verify(2, deleteRequestedFor(urlEqualTo(zonePath("/dns_records/" + ID))));
  }

  @Test
  void upsert_createsUpdatesOrLeavesAlone() {
    wm.stubFor(get(urlPathEqualTo(zonePath("/dns_records"))).inScenario("u").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(page(List.of(), 1, 500, 0, true))).willSetStateTo("created"));
    wm.stubFor(post(zonePath("/dns_records")).willReturn(okJson(ok(a(ID, "203.0.113.10")))));
    wm.stubFor(get(urlPathEqualTo(zonePath("/dns_records"))).inScenario("u").whenScenarioStateIs("created")
        .willReturn(okJson(page(List.of(a(ID, "203.0.113.10")), 1, 500, 1, true))));
    wm.stubFor(patch(urlEqualTo(zonePath("/dns_records/" + ID))).willReturn(okJson(ok(a(ID, "203.0.113.99")))));
    DnsRecords dns = cf.dnsRecords(ZONE);
    DnsRecordRequest first = DnsRecordRequest.builder(DnsRecordType.A, NAME, "203.0.113.10").proxied(true).build();
    assertEquals(Outcome.CREATED, dns.upsert(first).outcome());
    assertEquals(Outcome.UNCHANGED, dns.upsert(first).outcome());
    UpsertResult moved = dns.upsert(DnsRecordRequest.builder(DnsRecordType.A, NAME, "203.0.113.99").build());
    assertEquals(Outcome.UPDATED, moved.outcome());
    assertEquals("203.0.113.99", moved.record().content());
    wm.verify(1, postRequestedFor(urlEqualTo(zonePath("/dns_records"))));
    wm.verify(1, patchRequestedFor(urlEqualTo(zonePath("/dns_records/" + ID))).withRequestBody(equalToJson(
        "{\"type\":\"A\",\"name\":\"app.example.com\",\"content\":\"203.0.113.99\"}")));
  }

  @Test
  void upsert_racingAnotherWriter_readsAgainInsteadOfFailing() {
    wm.stubFor(get(urlPathEqualTo(zonePath("/dns_records"))).inScenario("r").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson(page(List.of(), 1, 500, 0, true))).willSetStateTo("raced"));
    wm.stubFor(post(zonePath("/dns_records"))
        .willReturn(jsonResponse(error("81057", "Record already exists."), 400)));
    wm.stubFor(get(urlPathEqualTo(zonePath("/dns_records"))).inScenario("r").whenScenarioStateIs("raced")
        .willReturn(okJson(page(List.of(a(ID, "203.0.113.10")), 1, 500, 1, true))));
    UpsertResult r = cf.dnsRecords(ZONE).upsert(DnsRecordRequest.builder(DnsRecordType.A, NAME, "203.0.113.10")
        .build());
    assertEquals(Outcome.UNCHANGED, r.outcome());
    wm.verify(1, postRequestedFor(urlEqualTo(zonePath("/dns_records"))));
  }

  @Test
  void upsert_withSeveralRecords_changesNone() {
    wm.stubFor(get(urlPathEqualTo(zonePath("/dns_records")))
        .willReturn(okJson(page(List.of(a(ID, "203.0.113.10"), a(ID2, "203.0.113.11")), 1, 500, 2, true))));
    AmbiguousRecordsException e = assertThrows(AmbiguousRecordsException.class, () -> cf.dnsRecords(ZONE)
        .upsert(DnsRecordRequest.builder(DnsRecordType.A, NAME, "203.0.113.12").build()));
    assertEquals(2, e.records().size());
    assertTrue(e.getMessage().contains(ID2), e.getMessage());
    assertEquals(1, wm.getAllServeEvents().size(), "only the listing was sent");
  }

  @Test
  void ttlAndTypeAreValidatedBeforeSending() {
    assertThrows(IllegalArgumentException.class,
        () -> DnsRecordRequest.builder(DnsRecordType.A, NAME, "203.0.113.1").ttl(20));
    assertThrows(IllegalArgumentException.class,
        () -> DnsRecordRequest.builder(DnsRecordType.UNKNOWN, NAME, "203.0.113.1"));
    assertThrows(IllegalArgumentException.class, () -> DnsRecordQuery.all().perPage(0));
  }
}
