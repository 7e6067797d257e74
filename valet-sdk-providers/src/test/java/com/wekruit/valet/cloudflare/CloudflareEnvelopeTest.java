package com.wekruit.valet.cloudflare;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.error;
import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.ok;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.cloudflare.testing.CloudflarePayloads;
import com.wekruit.valet.error.ForbiddenException;
import com.wekruit.valet.error.InvalidInputException;
import com.wekruit.valet.error.ServerErrorException;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import org.junit.jupiter.api.Test;

/** The v4 envelope is read in one place: success false on 200, codes, chains, request ids, required results. */
class CloudflareEnvelopeTest extends WireMockCloudflare {

  @Test
  void successFalseOnHttp200_isATypedErrorWithTheNumericCode() {
    validateSpec = false; // the document allows only success: true on 200: this is the quirk under test
    wm.stubFor(get(zonePath("")).willReturn(okJson(error("1001", "Invalid zone identifier"))
        .withHeader("CF-Ray", "8a1b2c3d4e5f6789-FRA")));
    ValetApiException e = assertThrows(ValetApiException.class, () -> cf.zones().get(ZONE));
    assertEquals(200, e.statusCode());
    assertEquals("1001", e.providerCode());
    assertEquals(1001, e.error().numericCode().orElseThrow());
    assertEquals("8a1b2c3d4e5f6789-FRA", e.requestId());
    assertTrue(e.getMessage().contains("Invalid zone identifier"), e.getMessage());
    assertFalse(e.retryable());
    assertEquals(1, wm.getAllServeEvents().size());
  }

  @Test
  void errorChain_andFurtherErrors_becomeDetails() {
    validateSpec = false; // error_chain is observed in live 400s but not declared by the document
    wm.stubFor(get(zonePath("")).willReturn(jsonResponse("""
        {"success":false,"errors":[{"code":6003,"message":"Invalid request headers","error_chain":[
          {"code":6111,"message":"Invalid format for Authorization header"}]},
          {"code":9109,"message":"Invalid access token","source":{"pointer":"/headers/Authorization"}}],
         "messages":[],"result":null}""", 400)));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> cf.zones().get(ZONE));
    assertEquals("6003", e.providerCode());
    assertEquals(2, e.error().details().size());
    assertEquals("6111: Invalid format for Authorization header", e.error().details().get(0).message());
    assertEquals("/headers/Authorization", e.error().details().get(1).field());
    assertTrue(e.getMessage().contains("6111"), e.getMessage());
  }

  @Test
  void forbidden_403_withAuthenticationError() {
    wm.stubFor(get(zonePath("")).willReturn(jsonResponse(error("10000", "Authentication error"), 403)));
    ForbiddenException e = assertThrows(ForbiddenException.class, () -> cf.zones().get(ZONE));
    assertEquals("10000", e.providerCode());
  }

  @Test
  void successWithoutResult_isUndecodable_notANull() {
    validateSpec = false; // a broken answer on purpose
    wm.stubFor(get(zonePath("")).willReturn(okJson("{\"success\":true,\"errors\":[],\"messages\":[],\"result\":null}")));
    ValetClientException e = assertThrows(ValetClientException.class, () -> cf.zones().get(ZONE));
    assertEquals(ValetClientException.Kind.UNDECODABLE_BODY, e.kind());
  }

  @Test
  void zoneWithoutRequiredId_isUndecodable() {
    validateSpec = false;
    wm.stubFor(get(zonePath("")).willReturn(okJson(ok("{\"name\":\"example.com\"}"))));
    ValetClientException e = assertThrows(ValetClientException.class, () -> cf.zones().get(ZONE));
    assertEquals(ValetClientException.Kind.UNDECODABLE_BODY, e.kind());
    assertTrue(e.getMessage().contains("Zone.id"), e.getMessage());
  }

  @Test
  void serverErrors_areRetriedForReads_andNotForCreates() {
    wm.stubFor(get(zonePath("")).willReturn(jsonResponse(error("1000", "Internal error"), 500)));
    wm.stubFor(post(zonePath("/dns_records")).willReturn(jsonResponse(error("1000", "Internal error"), 500)));
    validateSpec = false; // the document declares no 5xx answers
    cf = builder().retryPolicy(com.wekruit.valet.http.RetryPolicy.builder().maxAttempts(3).build()).build();
    ServerErrorException read = assertThrows(ServerErrorException.class, () -> cf.zones().get(ZONE));
    assertEquals(3, read.attempts());
    ServerErrorException create = assertThrows(ServerErrorException.class, () -> cf.dnsRecords(ZONE).create(
        DnsRecordRequest.builder(DnsRecordType.A, "a.example.com", "203.0.113.1").build()));
    assertEquals(1, create.attempts());
    assertTrue(create.mayHaveTakenEffect(), create.getMessage());
  }

  @Test
  void unknownEnumValues_keepTheRawString() {
    wm.stubFor(get(zonePath("")).willReturn(okJson(ok(CloudflarePayloads.zone(ZONE, "example.com")
        .replace("\"status\":\"active\"", "\"status\":\"deactivated\"")))));
    Zone z = cf.zones().get(ZONE);
    assertTrue(z.status().isUnknown());
    assertEquals("deactivated", z.status().raw());
  }
}
