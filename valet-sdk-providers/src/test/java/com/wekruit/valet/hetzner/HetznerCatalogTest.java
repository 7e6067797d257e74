package com.wekruit.valet.hetzner;

import com.wekruit.valet.hetzner.testing.HetznerPayloads;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HetznerCatalogTest extends WireMockHetzner {

  @Test
  void serverTypesLocationsAndPricing_decodeMoneyAsBigDecimal() {
    wm.stubFor(get(urlPathEqualTo("/v1/server_types")).willReturn(okJson("{\"server_types\":["
        + HetznerPayloads.serverType(1, "cpx22") + "],\"meta\":" + HetznerPayloads.meta(1, null, 1) + "}")));
    wm.stubFor(get(urlPathEqualTo("/v1/locations")).willReturn(okJson("{\"locations\":[" + HetznerPayloads.LOCATION
        + "],\"meta\":" + HetznerPayloads.meta(1, null, 1) + "}")));
    wm.stubFor(get("/v1/pricing").willReturn(okJson("""
        {"pricing":{"currency":"EUR","vat_rate":"19.00",
         "primary_ips":[],"floating_ips":[],"floating_ip":{"price_monthly":{"net":"1.0000","gross":"1.1900"}},
         "image":{"price_per_gb_month":{"net":"0.0110","gross":"0.0131"}},
         "volume":{"price_per_gb_month":{"net":"0.0440","gross":"0.0524"}},
         "server_backup":{"percentage":"20.00"},
         "server_types":[{"id":1,"name":"cpx22","prices":[%s]}],"load_balancer_types":[]}}""".formatted(HetznerPayloads.PRICE))));
    ServerType t = hetzner.catalog().serverTypes().stream().findFirst().orElseThrow();
    assertEquals(2, t.cores());
    assertEquals(new BigDecimal("0.0143"), t.prices().get(0).priceHourly().gross());
    assertEquals("fsn1", hetzner.catalog().locations().stream().findFirst().orElseThrow().name());
    Pricing p = hetzner.catalog().pricing();
    assertEquals("EUR", p.currency());
    assertEquals(new BigDecimal("19.00"), p.vatRate());
    assertEquals(new BigDecimal("20.00"), p.serverBackup().percentage());
    assertEquals(new BigDecimal("8.9131"), p.serverTypes().get(0).prices().get(0).priceMonthly().gross());
  }

  @Test
  void singleReads_serverTypeByIdAndName_image_action() {
    wm.stubFor(get("/v1/server_types/1").willReturn(okJson("{\"server_type\":" + HetznerPayloads.serverType(1, "cpx22") + "}")));
    wm.stubFor(get(urlPathEqualTo("/v1/server_types")).withQueryParam("name", equalTo("cpx22")).willReturn(okJson(
        "{\"server_types\":[" + HetznerPayloads.serverType(1, "cpx22") + "],\"meta\":" + HetznerPayloads.meta(1, null, 1) + "}")));
    wm.stubFor(get("/v1/images/5").willReturn(okJson("{\"image\":" + HetznerPayloads.image(5, "backup", "available") + "}")));
    wm.stubFor(get("/v1/actions/9").willReturn(okJson(HetznerPayloads.actionEnvelope(9, "create_image", "success"))));
    assertEquals("cpx22", hetzner.catalog().serverType(1).name());
    assertEquals(1, hetzner.catalog().serverType("cpx22").orElseThrow().id());
    assertTrue(hetzner.images().get(5).type().is(ImageType.BACKUP));
    assertTrue(hetzner.actions().get(9).status().is(ActionStatus.SUCCESS));
  }

  @Test
  void theSpecCheckItselfRejectsPayloadsThatBreakTheSpec() {
    validateSpec = false;
    wm.stubFor(get("/v1/servers/42").willReturn(okJson("{\"server\":" + HetznerPayloads.server(42, "api-1", "running")
        .replace("\"primary_disk_size\":80,", "").replace("\"locked\":false", "\"locked\":\"no\"") + "}")));
    assertThrows(RuntimeException.class, () -> hetzner.servers().get(42));
    AssertionError e = assertThrows(AssertionError.class, () -> SpecCheck.assertAllValid(wm, SpecCheck.hetzner()));
    assertTrue(e.getMessage().contains("primary_disk_size"), e.getMessage());
    assertTrue(e.getMessage().contains("locked"), e.getMessage());
  }

  @Test
  void images_snapshotFilter_updateLabels_delete() {
    wm.stubFor(get(urlPathEqualTo("/v1/images")).withQueryParam("type", equalTo("snapshot"))
        .willReturn(okJson("{\"images\":[" + HetznerPayloads.image(5, "snapshot", "available") + "],\"meta\":"
            + HetznerPayloads.meta(1, null, 1) + "}")));
    wm.stubFor(put("/v1/images/5").willReturn(okJson("{\"image\":" + HetznerPayloads.image(5, "snapshot", "available") + "}")));
    wm.stubFor(delete("/v1/images/5").willReturn(aResponse().withStatus(204)));
    List<Image> snaps = hetzner.images().list(ImageQuery.snapshots().labelSelector("kind=weekly").sort("created:asc"))
        .stream().toList();
    assertEquals(1, snaps.size());
    assertTrue(snaps.get(0).type().is(ImageType.SNAPSHOT));
    hetzner.images().update(5, null, Map.of("kind", "weekly", "keep", "true"));
    hetzner.images().delete(5);
    wm.verify(putRequestedFor(urlEqualTo("/v1/images/5"))
        .withRequestBody(equalToJson("{\"labels\":{\"kind\":\"weekly\",\"keep\":\"true\"}}")));
    wm.verify(deleteRequestedFor(urlEqualTo("/v1/images/5")));
  }

  @Test
  void fromEnv_requiresToken_andReadsEndpoint() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> HetznerClient.fromEnv(Map.<String, String>of()::get));
    assertTrue(e.getMessage().contains("HCLOUD_TOKEN"));
    wm.stubFor(get(urlPathEqualTo("/v1/locations")).willReturn(okJson("{\"locations\":[],\"meta\":"
        + HetznerPayloads.meta(1, null, 1) + "}")));
    HetznerClient c = HetznerClient.fromEnv(Map.of("HCLOUD_TOKEN", TOKEN, "HCLOUD_ENDPOINT", wm.baseUrl() + "/v1")::get);
    assertEquals(0, c.catalog().locations().stream().count());
    wm.verify(getRequestedFor(urlPathEqualTo("/v1/locations")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("User-Agent", matching("valet-sdk-java/.+")));
  }
}
