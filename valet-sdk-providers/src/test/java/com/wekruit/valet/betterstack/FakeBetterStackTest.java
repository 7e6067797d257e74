package com.wekruit.valet.betterstack;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wekruit.valet.betterstack.testing.FakeBetterStack;
import com.wekruit.valet.error.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator through the real client: once behind a recording WireMock proxy, so every payload it sends is checked
 * against the field list, and once directly for heartbeat pings (its ping URLs point at itself).
 */
class FakeBetterStackTest {
  private FakeBetterStack fake;
  private WireMockServer proxy;

  @BeforeEach
  void start() throws Exception {
    fake = FakeBetterStack.start();
    proxy = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
        .preserveHostHeader(true));
    proxy.start();
    proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(fake.baseUrl())));
  }

  @AfterEach
  void stop() {
    proxy.stop();
    fake.close();
  }

  private BetterStackClient client(String base) {
    return BetterStackClient.builder().token("fake-token-123456").baseUrl(base).build();
  }

  @Test
  void monitorsIncidentsStatusPagesAndOnCall_areSpecShaped() {
    BetterStackClient c = client("http://127.0.0.1:" + proxy.port());
    for (int i = 0; i < 3; i++) {
      c.monitors().create(MonitorRequest.builder().url("https://svc" + i + ".example").monitorType(MonitorType.STATUS)
          .httpMethod("GET").build());
    }
    List<Monitor> all = c.monitors().list(MonitorQuery.all().perPage(2)).stream().toList();
    assertEquals(3, all.size(), "two pages followed through absolute links");
    Monitor m = all.get(0);
    assertEquals("get", m.attributes().httpMethod());
    assertTrue(c.monitors().pause(m.id()).paused());
    assertNotNull(c.monitors().get(m.id()).attributes().pausedAt());
    Monitor resumed = c.monitors().update(m.id(), MonitorRequest.builder().paused(false).sslExpiration(14).build());
    assertEquals(14, resumed.attributes().sslExpiration());
    assertNull(c.monitors().update(m.id(), MonitorRequest.builder().clearSslExpiration().build()).attributes()
        .sslExpiration());
    assertEquals(99.98, c.monitors().availability(m.id(), null, null).availability());
    assertFalse(c.monitors().responseTimes(m.id()).regions().isEmpty());
    Incident i = c.incidents().create(IncidentRequest.builder("ada@example.com", "API down").build());
    assertTrue(c.incidents().acknowledge(i.id(), "ada@example.com").status().is(IncidentStatus.ACKNOWLEDGED));
    assertTrue(c.incidents().acknowledge(i.id(), "ada@example.com").status().is(IncidentStatus.ACKNOWLEDGED));
    assertTrue(c.incidents().resolve(i.id(), "ada@example.com").status().is(IncidentStatus.RESOLVED));
    assertEquals(0, c.incidents().list(IncidentQuery.open()).stream().count());
    assertTrue(c.statusPages().list().stream().findFirst().orElseThrow().aggregateState().is(AggregateState.OPERATIONAL));
    assertEquals("oncall@example.com", c.onCall().current().users().get(0).email());
    c.monitors().delete(m.id());
    assertThrows(NotFoundException.class, () -> c.monitors().get(m.id()));
    UptimeFields.assertAllKnown(proxy);
  }

  @Test
  void heartbeatPings_changeItsStatus_andAFailureOpensAnIncident() {
    BetterStackClient c = client(fake.baseUrl());
    Heartbeat hb = c.heartbeats().create(HeartbeatRequest.builder().name("nightly backup").period(86400).grace(3600)
        .build());
    assertEquals("pending", fake.heartbeatStatus(hb.id()));
    c.heartbeats().ping(hb);
    assertTrue(c.heartbeats().get(hb.id()).status().is(MonitorStatus.UP));
    HeartbeatPinger.builder(hb.pingUrl()).build().exitCode(2);
    assertTrue(c.heartbeats().get(hb.id()).status().is(MonitorStatus.DOWN));
    Incident opened = c.incidents().list(IncidentQuery.open()).stream().findFirst().orElseThrow();
    assertEquals(hb.id(), opened.heartbeatId());
    assertFalse(hb.toString().contains(hb.pingUrl()));
  }
}
