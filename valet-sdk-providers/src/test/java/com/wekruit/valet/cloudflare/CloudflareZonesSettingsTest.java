package com.wekruit.valet.cloudflare;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.ok;
import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.page;
import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.setting;
import static com.wekruit.valet.cloudflare.testing.CloudflarePayloads.zone;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.cloudflare.testing.CloudflarePayloads;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Zones, the SSL / HTTPS / TLS settings, cache purge and token verification. */
class CloudflareZonesSettingsTest extends WireMockCloudflare {

  @Test
  void findByName_asksForThatNameInTheAccount_andPagesAtFifty() {
    cf = builder().accountId("023e105f4ecef8ad9ca31a8372d0c353").build();
    wm.stubFor(get(urlPathEqualTo(BASE + "/zones"))
        .willReturn(okJson(page(List.of(zone(ZONE, "example.com")), 1, 50, 1, true))));
    Zone z = cf.zones().findByName("example.com").orElseThrow();
    assertEquals(ZONE, z.id());
    assertTrue(z.status().is(Zone.ZoneStatus.ACTIVE));
    assertEquals(List.of("ada.ns.cloudflare.com", "bob.ns.cloudflare.com"), z.nameServers());
    wm.verify(getRequestedFor(urlPathEqualTo(BASE + "/zones")).withQueryParam("name", equalTo("example.com"))
        .withQueryParam("account.id", equalTo("023e105f4ecef8ad9ca31a8372d0c353"))
        .withQueryParam("per_page", equalTo("50")));
  }

  @Test
  void findByName_missing_isEmpty() {
    wm.stubFor(get(urlPathEqualTo(BASE + "/zones")).willReturn(okJson(page(List.of(), 1, 50, 0, true))));
    assertTrue(cf.zones().findByName("nope.example").isEmpty());
  }

  @Test
  void ssl_readAndSetStrict() {
    wm.stubFor(get(zonePath("/settings/ssl")).willReturn(okJson(ok(setting("ssl", "flexible")))));
    wm.stubFor(patch(urlEqualTo(zonePath("/settings/ssl"))).willReturn(okJson(ok(setting("ssl", "strict")))));
    assertTrue(cf.settings(ZONE).ssl().value().is(SslMode.FLEXIBLE));
    ZoneSetting<?> after = cf.settings(ZONE).ssl(SslMode.STRICT);
    assertEquals("strict", after.value().toString());
    wm.verify(patchRequestedFor(urlEqualTo(zonePath("/settings/ssl")))
        .withRequestBody(equalToJson("{\"id\":\"ssl\",\"value\":\"strict\"}")));
  }

  @Test
  void alwaysUseHttpsAndMinTls_readAndSet() {
    wm.stubFor(get(zonePath("/settings/always_use_https")).willReturn(okJson(ok(setting("always_use_https", "off")))));
    wm.stubFor(patch(urlEqualTo(zonePath("/settings/always_use_https")))
        .willReturn(okJson(ok(setting("always_use_https", "on")))));
    wm.stubFor(patch(urlEqualTo(zonePath("/settings/min_tls_version")))
        .willReturn(okJson(ok(setting("min_tls_version", "1.2")))));
    assertFalse(cf.settings(ZONE).alwaysUseHttps());
    assertTrue(cf.settings(ZONE).alwaysUseHttps(true));
    assertTrue(cf.settings(ZONE).minTlsVersion(TlsVersion.TLS_1_2).value().is(TlsVersion.TLS_1_2));
    wm.verify(patchRequestedFor(urlEqualTo(zonePath("/settings/min_tls_version")))
        .withRequestBody(equalToJson("{\"id\":\"min_tls_version\",\"value\":\"1.2\"}")));
  }

  @Test
  void settingsAreRetriedLikeAPut_purgeToo() {
    validateSpec = false; // the document declares no 5xx answers
    wm.stubFor(patch(urlEqualTo(zonePath("/settings/ssl"))).willReturn(serverError()));
    wm.stubFor(post(urlEqualTo(zonePath("/purge_cache"))).willReturn(serverError()));
    cf = builder().retryPolicy(com.wekruit.valet.http.RetryPolicy.builder().maxAttempts(2).build()).build();
    assertThrows(com.wekruit.valet.error.ServerErrorException.class, () -> cf.settings(ZONE).ssl(SslMode.FULL));
    assertThrows(com.wekruit.valet.error.ServerErrorException.class, () -> cf.cache(ZONE).everything());
    wm.verify(2, patchRequestedFor(urlEqualTo(zonePath("/settings/ssl"))));
    wm.verify(2, postRequestedFor(urlEqualTo(zonePath("/purge_cache"))));
  }

  @Test
  void purge_eachKindSendsItsOneField() {
    wm.stubFor(post(urlEqualTo(zonePath("/purge_cache"))).willReturn(okJson(ok("{\"id\":\"" + ZONE + "\"}"))));
    CachePurge purge = cf.cache(ZONE);
    assertEquals(ZONE, purge.everything());
    purge.files(List.of("https://example.com/app.css"));
    purge.tags(List.of("release-42"));
    purge.hosts(List.of("www.example.com"));
    purge.prefixes(List.of("www.example.com/assets"));
    for (String body : List.of("{\"purge_everything\":true}", "{\"files\":[\"https://example.com/app.css\"]}",
        "{\"tags\":[\"release-42\"]}", "{\"hosts\":[\"www.example.com\"]}",
        "{\"prefixes\":[\"www.example.com/assets\"]}")) {
      wm.verify(postRequestedFor(urlEqualTo(zonePath("/purge_cache"))).withRequestBody(equalToJson(body)));
    }
    assertThrows(IllegalArgumentException.class, () -> purge.files(List.of()));
  }

  @Test
  void verify_userToken_keepsTheNotice() {
    wm.stubFor(get(BASE + "/user/tokens/verify")
        .willReturn(okJson(CloudflarePayloads.tokenVerify("ed17574386854bf78a67040be0a770b0", "active"))));
    TokenStatus s = cf.tokens().verify();
    assertTrue(s.active());
    assertEquals(new Notice("10000", "This API Token is valid and active"), s.messages().get(0));
  }

  @Test
  void verify_accountToken_goesToTheAccountEndpoint() {
    validateSpec = false; // the account endpoint is newer than the 2024 document; same envelope and result
    String account = "023e105f4ecef8ad9ca31a8372d0c353";
    wm.stubFor(get(BASE + "/accounts/" + account + "/tokens/verify")
        .willReturn(okJson(CloudflarePayloads.tokenVerify("ed17574386854bf78a67040be0a770b0", "expired"))));
    CloudflareClient acct = CloudflareClient.builder().token("cfat_AccountToken0123456789abcdefghijklmnopq")
        .accountId(account).baseUrl(wm.baseUrl() + BASE).build();
    TokenStatus s = acct.tokens().verify();
    assertFalse(s.active());
    assertTrue(s.status().is(TokenStatus.Status.EXPIRED));
    CloudflareClient noAccount = CloudflareClient.builder().token("cfat_AccountToken0123456789abcdefghijklmnopq")
        .baseUrl(wm.baseUrl() + BASE).build();
    assertThrows(IllegalStateException.class, () -> noAccount.tokens().verify());
  }

  @Test
  void r2StyleStringMessages_areNotices() {
    validateSpec = false;
    wm.stubFor(get(BASE + "/user/tokens/verify").willReturn(okJson(
        "{\"success\":true,\"errors\":[],\"messages\":[\"ok\"],\"result\":{\"id\":\"x\",\"status\":\"active\"}}")));
    assertEquals(new Notice(null, "ok"), cf.tokens().verify().messages().get(0));
  }
}
