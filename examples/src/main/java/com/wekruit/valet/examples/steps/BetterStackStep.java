package com.wekruit.valet.examples.steps;

import com.wekruit.valet.betterstack.BetterStackClient;
import com.wekruit.valet.betterstack.Heartbeat;
import com.wekruit.valet.betterstack.HeartbeatRequest;
import com.wekruit.valet.betterstack.Incident;
import com.wekruit.valet.betterstack.IncidentRequest;
import com.wekruit.valet.betterstack.Monitor;
import com.wekruit.valet.betterstack.MonitorRequest;
import com.wekruit.valet.betterstack.MonitorType;
import java.io.PrintStream;

/**
 * The demo's Better Stack step, against a {@code FakeBetterStack}: an uptime monitor for the API's health endpoint,
 * an incident opened, acknowledged and resolved, and the nightly backup's heartbeat pinged.
 */
public final class BetterStackStep {
  private BetterStackStep() {}

  /** Runs the step against the simulator at {@code baseUrl}, printing what it did to {@code out}. */
  public static void run(String baseUrl, PrintStream out) {
    run(BetterStackClient.builder().token("demo-token-not-secret").baseUrl(baseUrl).build(), out);
  }

  /** Runs the step through any Better Stack client (it creates a monitor, an incident and a heartbeat). */
  public static void run(BetterStackClient uptime, PrintStream out) {
    Monitor api = uptime.monitors().create(MonitorRequest.builder().url("https://api.example.com/api/v1/health")
        .monitorType(MonitorType.STATUS).checkFrequency(60).regions(java.util.List.of("eu", "us")).build());
    out.printf("Better Stack: monitor %s watches %s every %ss (%s)%n", api.id(), api.url(),
        api.attributes().checkFrequency(), api.status());
    Incident incident = uptime.incidents().create(IncidentRequest.builder("oncall@example.com", "API answers 503")
        .name("api down").build());
    out.printf("Better Stack: incident %s opened (%s)%n", incident.id(), incident.status());
    String who = uptime.onCall().current().users().get(0).email();
    out.printf("Better Stack: %s is on call; acknowledged -> %s%n", who,
        uptime.incidents().acknowledge(incident.id(), who).status());
    out.printf("Better Stack: resolved -> %s%n", uptime.incidents().resolve(incident.id(), who).status());
    Heartbeat backup = uptime.heartbeats().create(HeartbeatRequest.builder().name("nightly pg_dump to R2")
        .period(86_400).grace(3_600).build());
    uptime.heartbeats().ping(backup);
    out.printf("Better Stack: heartbeat %s pinged (%s -> %s; its ping URL stays secret: %s)%n", backup.id(),
        backup.status(), uptime.heartbeats().get(backup.id()).status(), backup);
  }

  /** Runs the step against a fresh simulator. */
  public static void main(String[] args) throws Exception {
    try (com.wekruit.valet.betterstack.testing.FakeBetterStack fake =
        com.wekruit.valet.betterstack.testing.FakeBetterStack.start()) {
      run(fake.baseUrl(), System.out);
    }
  }
}
