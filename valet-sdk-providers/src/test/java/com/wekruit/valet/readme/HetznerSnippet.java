package com.wekruit.valet.readme;

import com.wekruit.valet.hetzner.CreateServerRequest;
import com.wekruit.valet.hetzner.CreatedServer;
import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.Pricing;
import com.wekruit.valet.hetzner.Server;
import com.wekruit.valet.hetzner.ServerQuery;
import com.wekruit.valet.hetzner.testing.FakeHetzner;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** README "Hetzner Cloud": provision, resize, list by label, pricing. */
final class HetznerSnippet {
  record Result(Server resized, List<Server> api, Pricing pricing) {}

  private HetznerSnippet() {}

  static Result run(FakeHetzner fake) {
    // readme:begin
    HetznerClient hetzner = fake.client();            // production: HetznerClient.fromEnv() reads HCLOUD_TOKEN
    CreatedServer created = hetzner.servers().create(CreateServerRequest.builder("api-1", "cpx22", "ubuntu-24.04")
        .location("fsn1").labels(Map.of("role", "api")).build());
    Server server = created.awaitReady(hetzner.servers(), Duration.ofMinutes(5));   // create + next actions

    hetzner.servers().shutdown(server.id()).await(Duration.ofMinutes(2));
    hetzner.servers().changeType(server.id(), "cpx32", false).await(Duration.ofMinutes(10));

    List<Server> api = hetzner.servers()                       // finds api-1: its create set role=api
        .list(ServerQuery.all().labelSelector("role=api").sort("created:desc")).stream().toList();
    Pricing pricing = hetzner.catalog().pricing();            // BigDecimal net/gross per type and location
    // readme:end
    return new Result(hetzner.servers().get(server.id()), api, pricing);
  }
}
