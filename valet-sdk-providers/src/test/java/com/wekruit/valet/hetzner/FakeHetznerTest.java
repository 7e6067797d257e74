package com.wekruit.valet.hetzner;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.ConflictException;
import com.wekruit.valet.error.InvalidInputException;
import com.wekruit.valet.error.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fake, driven by the real client through a WireMock proxy so every exchange is checked against the spec. */
class FakeHetznerTest extends ProxiedFakeHetzner {
  @Test
  void provisionResizeListAndDelete_behaveLikeTheApi() {
    CreatedServer created = hetzner.servers().create(CreateServerRequest.builder("api-1", "cpx22", "ubuntu-24.04")
        .labels(Map.of("role", "api")).build());
    assertNotNull(created.rootPassword());
    Server ready = created.awaitReady(hetzner.servers(), Duration.ofMinutes(1));
    assertTrue(ready.status().is(ServerStatus.RUNNING));

    assertThrows(ConflictException.class, () -> hetzner.servers().create(
        CreateServerRequest.builder("api-1", "cpx22", "ubuntu-24.04").build()), "names are unique");
    assertThrows(InvalidInputException.class, () -> hetzner.servers().changeType(ready.id(), "cpx32", false),
        "resize needs the server off");

    hetzner.servers().shutdown(ready.id()).await(Duration.ofMinutes(1));
    assertTrue(hetzner.servers().get(ready.id()).status().is(ServerStatus.OFF));
    hetzner.servers().changeType(ready.id(), "cpx32", false).await(Duration.ofMinutes(1));
    Server resized = hetzner.servers().get(ready.id());
    assertEquals("cpx32", resized.serverType().name());
    assertTrue(resized.status().is(ServerStatus.RUNNING));

    for (int i = 0; i < 3; i++) fake.addServer("worker-" + i, "cpx22", Map.of("role", "worker"));
    List<String> workers = hetzner.servers().list(ServerQuery.all().labelSelector("role=worker")).stream()
        .map(Server::name).toList();
    assertEquals(List.of("worker-0", "worker-1", "worker-2"), workers);
    assertEquals("api-1", hetzner.servers().findByName("api-1").orElseThrow().name());

    hetzner.servers().delete(ready.id()).await(Duration.ofMinutes(1));
    assertThrows(NotFoundException.class, () -> hetzner.servers().get(ready.id()));
  }
}
