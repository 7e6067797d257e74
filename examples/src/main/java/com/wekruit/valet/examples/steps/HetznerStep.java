package com.wekruit.valet.examples.steps;

import com.wekruit.valet.hetzner.CreateServerRequest;
import com.wekruit.valet.hetzner.CreatedServer;
import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.ImageType;
import com.wekruit.valet.hetzner.Server;
import com.wekruit.valet.hetzner.ServerQuery;
import com.wekruit.valet.hetzner.testing.FakeHetzner;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;

/**
 * The runbook's VPS step: create {@code api-1} (cpx22), resize it to cpx32 as the scaling playbook says when API
 * latency is high (shutdown, change type, power on), take its weekly snapshot, and list servers by label.
 */
public final class HetznerStep {
  private HetznerStep() {}

  /** Runs the step through any Hetzner client (it creates, resizes and snapshots a server); returns it. */
  public static Server run(HetznerClient hetzner, PrintStream out) {
    CreatedServer created = hetzner.servers().create(CreateServerRequest.builder("api-1", "cpx22", "ubuntu-24.04")
        .location("fsn1").labels(Map.of("role", "api", "env", "prod")).build());
    Server server = created.awaitReady(hetzner.servers(), Duration.ofMinutes(5));
    out.printf("hetzner: %s %s at %s (%s, %s EUR/month net)%n", server.name(), server.status(), server.ipv4(),
        server.serverType().name(), server.serverType().monthlyNet("fsn1"));
    hetzner.servers().shutdown(server.id()).await(Duration.ofMinutes(2));
    hetzner.servers().changeType(server.id(), "cpx32", false).await(Duration.ofMinutes(10));
    hetzner.servers().powerOn(server.id()).await(Duration.ofMinutes(2));
    Server resized = hetzner.servers().get(server.id());
    out.printf("hetzner: resized to %s (%d cores, %.0f GB), %s%n", resized.serverType().name(),
        resized.serverType().cores(), resized.serverType().memory(), resized.status());
    hetzner.servers().createImage(resized.id(), "weekly snapshot", ImageType.SNAPSHOT, Map.of("rotation", "weekly"))
        .action().await(Duration.ofMinutes(10));
    out.printf("hetzner: weekly snapshot of %s taken%n", resized.name());
    hetzner.servers().list(ServerQuery.all().labelSelector("role=api")).forEach(s ->
        out.printf("hetzner: role=api -> %d %s %s%n", s.id(), s.name(), s.labels()));
    return resized;
  }

  /** Runs the step on its own against a fresh FakeHetzner. */
  public static void main(String[] args) throws Exception {
    try (FakeHetzner fake = FakeHetzner.start(0, 3)) {
      run(HetznerClient.builder().token("demo-token-not-a-secret-0001").baseUrl(fake.baseUrl())
          .pollInterval(Duration.ofMillis(50), Duration.ofMillis(200)).build(), System.out);
    }
  }
}
