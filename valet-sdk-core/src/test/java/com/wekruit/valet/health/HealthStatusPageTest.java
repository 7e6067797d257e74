package com.wekruit.valet.health;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The status page over a real monitor and a real JDK HttpServer. */
class HealthStatusPageTest {
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private StatusPageFixture f;

  @BeforeEach
  void start() throws Exception {
    f = new StatusPageFixture(Duration.ofSeconds(7));
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private HttpResponse<String> get(String path, String method) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(f.base + path)).timeout(Duration.ofSeconds(2))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void beforeAnyRun_thePageSaysUnknownAndNever_with200WhileTheJsonEndpointSays503() throws Exception {
    HttpResponse<String> page = get("/status", "GET");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("id=\"aggregate\" class=\"s-UNKNOWN\""), page.body());
    assertTrue(page.body().contains(">never<"));
    assertEquals(503, get("/api/v1/health", "GET").statusCode());
  }

  @Test
  void aFailureAndRecovery_showInTheAggregate_theRows_andTheHistoryNewestFirst() throws Exception {
    f.run(CheckResult.up());
    f.time.advance(Duration.ofSeconds(60));
    f.run(CheckResult.down(Reason.BAD_STATUS, "503"));
    String down = get("/status", "GET").body();
    assertTrue(down.contains("id=\"aggregate\" class=\"s-DOWN\" data-status=\"DOWN\""), down);
    assertTrue(down.contains("<title>DOWN · Demo &amp; runbook</title>"), down);
    assertTrue(down.contains("data-check=\"api\" data-status=\"DOWN\""));
    assertTrue(down.contains("2 of 2 checks not UP; overall DOWN"));
    f.time.advance(Duration.ofSeconds(60));
    f.run(CheckResult.up());
    f.time.advance(Duration.ofSeconds(90));
    String up = get("/status", "GET").body();
    assertTrue(up.contains("id=\"aggregate\" class=\"s-DEGRADED\""), up);
    String apiRow = up.substring(up.indexOf("data-check=\"api\""), up.indexOf("</tr>", up.indexOf("data-check=\"api\"")));
    assertTrue(apiRow.contains(">90 s ago<"), apiRow);
    int recovered = apiRow.indexOf("2026-11-26T03:02:00Z</span> DOWN → UP");
    int failed = apiRow.indexOf("2026-11-26T03:01:00Z</span> UP → DOWN");
    int first = apiRow.indexOf("2026-11-26T03:00:00Z</span> first result → UP");
    assertTrue(recovered > 0 && failed > recovered && first > failed, apiRow);
  }

  @Test
  void markupInNamesAndMessagesIsEscaped_andMessagesHostsAndReasonsShowOnlyWithDetails() throws Exception {
    f.run(CheckResult.down(Reason.CONNECT_FAILED, "refused by " + StatusPageFixture.HOST_IN_MESSAGE));
    String plain = get("/status", "GET").body();
    assertFalse(plain.contains("<script"), plain);
    assertTrue(plain.contains("queue &lt;script&gt;alert(1)&lt;/script&gt;"));
    assertFalse(plain.contains(StatusPageFixture.HOST_IN_MESSAGE), plain);
    assertFalse(plain.contains("CONNECT_FAILED"), plain);
    String detailed = get("/status?details=true", "GET").body();
    assertFalse(detailed.contains("<b>"), detailed);
    assertTrue(detailed.contains("&lt;b&gt;slow&lt;/b&gt; at " + StatusPageFixture.HOST_IN_MESSAGE));
    assertTrue(detailed.contains("CONNECT_FAILED") && detailed.contains(" ms</td>"), detailed);
    assertTrue(detailed.contains("first result → DOWN (CONNECT_FAILED)"), detailed);
  }

  @Test
  void headersForbidExternalAssetsAndCaching_andThePageRefreshesItself() throws Exception {
    HttpResponse<String> page = get("/status", "GET");
    assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("default-src 'none'"));
    assertTrue(page.body().contains("<meta http-equiv=\"refresh\" content=\"7\">"));
    assertFalse(page.body().matches("(?s).*(src=|<script|url\\().*"), "no asset of any kind");
    assertEquals(page.body().indexOf("href="), page.body().lastIndexOf("href="), "one link only");
    assertTrue(page.body().contains("<link rel=\"icon\" href=\"data:,\">"), "an empty icon: no favicon request");
  }

  @Test
  void onlyGetAndHeadOfTheExactPathAnswer() throws Exception {
    assertEquals(404, get("/status/x", "GET").statusCode());
    assertEquals(405, get("/status", "POST").statusCode());
    HttpResponse<String> head = get("/status", "HEAD");
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
  }

  @Test
  void theBuilderRefusesBadSettings() {
    var b = HealthStatusPage.builder(f.monitor);
    assertThrows(IllegalArgumentException.class, () -> b.refresh(Duration.ofMillis(1500)));
    assertThrows(IllegalArgumentException.class, () -> b.refresh(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> b.refresh(Duration.ofHours(2)));
    assertThrows(IllegalArgumentException.class, () -> b.title(" "));
    assertThrows(NullPointerException.class, () -> HealthStatusPage.builder(null));
  }
}
