package com.wekruit.valet.betterstack;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.betterstack.testing.BetterStackPayloads;
import com.wekruit.valet.error.ValetClientException;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON:API lists: 250 per page, absolute pagination.next links followed lazily, same origin only. */
class BetterStackPaginationTest extends WireMockBetterStack {

  private String link(int page) {
    return wm.baseUrl() + "/api/v2/monitors?page=" + page + "&per_page=250";
  }

  @Test
  void followsNextLinksLazily_untilNull() {
    wm.stubFor(get(urlEqualTo("/api/v2/monitors?per_page=250")).willReturn(okJson(BetterStackPayloads.page(
        List.of(monitor("1", "https://a"), monitor("2", "https://b")), link(1), link(3), null, link(2)))));
    wm.stubFor(get(urlEqualTo("/api/v2/monitors?page=2&per_page=250")).willReturn(okJson(BetterStackPayloads.page(
        List.of(monitor("3", "https://c")), link(1), link(3), link(1), link(3)))));
    wm.stubFor(get(urlEqualTo("/api/v2/monitors?page=3&per_page=250")).willReturn(okJson(BetterStackPayloads.page(
        List.of(monitor("4", "https://d")), link(1), link(3), link(2), null))));
    Iterator<Monitor> it = uptime.monitors().list().iterator();
    assertEquals("1", it.next().id());
    assertEquals("2", it.next().id());
    assertEquals(1, wm.getAllServeEvents().size(), "the second page is fetched only when needed");
    assertEquals(List.of("1", "2", "3", "4"), uptime.monitors().list().stream().map(Monitor::id).toList());
    wm.verify(getRequestedFor(urlEqualTo("/api/v2/monitors?page=3&per_page=250"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void filtersAndPageSize_areSentOnTheFirstCall() {
    wm.stubFor(get(urlPathEqualTo("/api/v2/monitors")).willReturn(okJson(BetterStackPayloads.page(List.of(),
        link(1), link(1), null, null))));
    assertEquals(0, uptime.monitors().list(MonitorQuery.all().url("https://a.example").perPage(10)).stream().count());
    wm.verify(getRequestedFor(urlEqualTo("/api/v2/monitors?url=https%3A%2F%2Fa.example&per_page=10")));
    assertThrows(IllegalArgumentException.class, () -> MonitorQuery.all().perPage(251));
    assertThrows(IllegalArgumentException.class, () -> IncidentQuery.all().perPage(51));
  }

  @Test
  void aNextLinkToAnotherOrigin_isRefused_andTheTokenStaysHome() {
    wm.stubFor(get(urlEqualTo("/api/v2/monitors?per_page=250")).willReturn(okJson(BetterStackPayloads.page(
        List.of(monitor("1", "https://a")), link(1), link(2), null, "https://attacker.example/api/v2/monitors?page=2"))));
    ValetClientException e = assertThrows(ValetClientException.class,
        () -> uptime.monitors().list().stream().toList());
    assertEquals(ValetClientException.Kind.REFUSED, e.kind());
    assertEquals(1, wm.getAllServeEvents().size());
  }

  @Test
  void aRepeatedNextLink_stopsWithAProtocolError() {
    wm.stubFor(get(urlEqualTo("/api/v2/monitors?per_page=250")).willReturn(okJson(BetterStackPayloads.page(
        List.of(monitor("1", "https://a")), link(1), link(2), null, link(2)))));
    wm.stubFor(get(urlEqualTo("/api/v2/monitors?page=2&per_page=250")).willReturn(okJson(BetterStackPayloads.page(
        List.of(monitor("2", "https://b")), link(1), link(2), link(1), link(2)))));
    ValetClientException e = assertThrows(ValetClientException.class,
        () -> uptime.monitors().list().stream().toList());
    assertEquals(ValetClientException.Kind.PROTOCOL, e.kind());
  }
}
