package com.wekruit.valet.betterstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wekruit.valet.betterstack.testing.BetterStackPayloads;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The models, request bodies and simulator payloads use exactly the attribute names of the field list. */
class BetterStackFieldsTest {

  @Test
  void monitor_modelRequestAndPayload_matchTheFieldList() {
    Set<String> spec = UptimeFields.of("monitor");
    assertEquals(spec, UptimeFields.wireNames(Monitor.Attributes.class), "every monitor attribute is modeled");
    UptimeFields.assertSubset("MonitorRequest", UptimeFields.wireNames(MonitorRequest.Body.class), spec);
    assertEquals(spec, BetterStackPayloads.monitorAttributes("https://x", "status").keySet());
  }

  @Test
  void heartbeat_modelRequestAndPayload_matchTheFieldList() {
    Set<String> spec = UptimeFields.of("heartbeat");
    assertEquals(spec, UptimeFields.wireNames(Heartbeat.Attributes.class));
    UptimeFields.assertSubset("HeartbeatRequest", UptimeFields.wireNames(HeartbeatRequest.Body.class), spec);
    assertEquals(spec, BetterStackPayloads.heartbeatAttributes("n", "https://x/api/v1/heartbeat/t", 60, 0).keySet());
  }

  @Test
  void statusPage_everyReadableAttributeIsModeled_andThePasswordIsNot() {
    Set<String> spec = new TreeSet<>(UptimeFields.of("statusPage"));
    spec.remove("password");
    assertEquals(spec, UptimeFields.wireNames(StatusPage.Attributes.class));
    assertEquals(spec, new TreeSet<>(BetterStackPayloads.statusPageAttributes("c", "s", "operational").keySet()));
  }

  @Test
  void incident_modelAndRequest_matchTheDocumentedNames() {
    assertEquals(UptimeFields.INCIDENT, UptimeFields.wireNames(Incident.Attributes.class));
    UptimeFields.assertSubset("IncidentRequest", UptimeFields.wireNames(IncidentRequest.Body.class),
        UptimeFields.INCIDENT_CREATE);
    assertEquals(UptimeFields.INCIDENT, BetterStackPayloads.incidentAttributes("n", "c", "2026-01-01T00:00:00Z")
        .keySet());
    assertEquals(UptimeFields.SLA, UptimeFields.wireNames(Availability.class));
  }
}
