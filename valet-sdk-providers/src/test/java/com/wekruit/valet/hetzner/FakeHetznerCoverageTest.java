package com.wekruit.valet.hetzner;

import static org.junit.jupiter.api.Assertions.*;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.wekruit.valet.error.NotFoundException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every operation of {@link HetznerClient}, driven through the real client against {@code FakeHetzner} via a WireMock
 * proxy: each exchange is validated against the spec after the test ({@link WireMockHetzner}), and the test fails
 * when an operation was not exercised or the fake had no route for it.
 */
class FakeHetznerCoverageTest extends ProxiedFakeHetzner {
  /** What the client can send (read from Servers, Actions, Images, Catalog). */
  static final Set<String> CLIENT_OPERATIONS = Set.of(
      "GET /servers", "POST /servers", "GET /servers/{id}", "PUT /servers/{id}", "DELETE /servers/{id}",
      "GET /servers/{id}/metrics", "GET /servers/{id}/actions",
      "POST /servers/{id}/actions/poweron", "POST /servers/{id}/actions/poweroff",
      "POST /servers/{id}/actions/shutdown", "POST /servers/{id}/actions/reboot",
      "POST /servers/{id}/actions/change_type", "POST /servers/{id}/actions/create_image",
      "POST /servers/{id}/actions/enable_backup", "POST /servers/{id}/actions/disable_backup",
      "GET /actions", "GET /actions/{id}",
      "GET /images", "GET /images/{id}", "PUT /images/{id}", "DELETE /images/{id}",
      "GET /server_types", "GET /server_types/{id}", "GET /locations", "GET /pricing");
  private static final Duration WAIT = Duration.ofMinutes(1);

  @Test
  void fakeServesEveryClientOperation() {
    assertEquals(new TreeSet<>(CLIENT_OPERATIONS), new TreeSet<>(fake.operations()));
  }

  @Test
  void anythingElse_isNoRoute404() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fake.baseUrl()
        + "/servers/1/actions/rebuild")).header("Authorization", "Bearer t").POST(BodyPublishers.noBody()).build(),
        BodyHandlers.ofString());
    assertEquals(404, r.statusCode());
    assertTrue(r.body().contains("no route POST /v1/servers/1/actions/rebuild"), r.body());
  }

  @Test
  void everyClientOperation_isServedStatefullyAndMatchesTheSpec() {
    catalog();
    Server server = hetzner.servers().create(CreateServerRequest.builder("api-1", "cpx22", "ubuntu-24.04")
        .location("nbg1").labels(Map.of("role", "api")).build()).awaitReady(hetzner.servers(), WAIT);
    assertEquals("nbg1", server.location().name());
    long id = server.id();
    serverReadsAndUpdates(id);
    powerAndResize(id);
    backupsAndImages(id);
    actionsAndMetrics(id);

    hetzner.servers().delete(id).await(WAIT);
    assertThrows(NotFoundException.class, () -> hetzner.servers().get(id));
    assertThrows(NotFoundException.class, () -> hetzner.servers().delete(id), "a second delete is 404");

    assertEquals(new TreeSet<>(CLIENT_OPERATIONS), exercised(), "every client operation was exercised");
  }

  private void catalog() {
    List<ServerType> types = hetzner.catalog().serverTypes().stream().toList();
    assertTrue(types.size() >= 2);
    ServerType cpx32 = hetzner.catalog().serverType("cpx32").orElseThrow();
    assertEquals(cpx32, hetzner.catalog().serverType(cpx32.id()));
    assertTrue(hetzner.catalog().serverType("no-such-type").isEmpty());
    assertEquals(List.of("fsn1", "nbg1", "hel1"), hetzner.catalog().locations().stream().map(Location::name).toList());
    Pricing pricing = hetzner.catalog().pricing();
    assertEquals("EUR", pricing.currency());
    assertEquals(types.size(), pricing.serverTypes().size());
    assertEquals(cpx32.monthlyNet("fsn1"), new BigDecimal("13.4900"));
  }

  private void serverReadsAndUpdates(long id) {
    for (int i = 0; i < 55; i++) fake.addServer(String.format("worker-%02d", i), "cpx22", Map.of("role", "worker"));
    assertEquals(56, hetzner.servers().list().stream().count(), "two pages of 50");
    List<String> workers = hetzner.servers().list(ServerQuery.all().labelSelector("role in (worker)")
        .sort("name:desc").status(ServerStatus.RUNNING)).stream().map(Server::name).toList();
    assertEquals(55, workers.size());
    assertEquals("worker-54", workers.get(0));
    assertEquals(0, hetzner.servers().list(ServerQuery.all().status(ServerStatus.OFF)).stream().count());
    assertEquals(id, hetzner.servers().findByName("api-1").orElseThrow().id());

    Server renamed = hetzner.servers().update(id, "api-2", Map.of("role", "api", "tier", "gold"));
    assertEquals("api-2", renamed.name());
    assertEquals(Map.of("role", "api", "tier", "gold"), hetzner.servers().get(id).labels());
    assertEquals("api-2", hetzner.servers().update(id, null, Map.of()).name(), "null leaves the name alone");
    assertEquals(Map.of(), hetzner.servers().get(id).labels());
  }

  private void powerAndResize(long id) {
    hetzner.servers().powerOff(id).await(WAIT);
    assertTrue(hetzner.servers().get(id).status().is(ServerStatus.OFF));
    hetzner.servers().powerOn(id).await(WAIT);
    hetzner.servers().reboot(id).await(WAIT);
    assertTrue(hetzner.servers().get(id).status().is(ServerStatus.RUNNING));
    hetzner.servers().shutdown(id).await(WAIT);
    hetzner.servers().changeType(id, "cpx32", false).await(WAIT);
    Server resized = hetzner.servers().get(id);
    assertEquals("cpx32", resized.serverType().name());
    assertTrue(resized.status().is(ServerStatus.RUNNING));
  }

  private void backupsAndImages(long id) {
    hetzner.servers().enableBackup(id).await(WAIT);
    assertNotNull(hetzner.servers().get(id).backupWindow());
    CreatedImage snapshot = hetzner.servers().createImage(id, "before upgrade", null, Map.of("kind", "manual"));
    assertTrue(snapshot.image().status().is(ImageStatus.CREATING));
    snapshot.action().await(WAIT);
    CreatedImage backup = hetzner.servers().createImage(id, "nightly", ImageType.BACKUP, null);
    backup.action().await(WAIT);

    long snap = snapshot.image().id();
    assertEquals(List.of(snap), ids(ImageQuery.snapshots().status(ImageStatus.AVAILABLE).labelSelector("kind=manual")));
    assertEquals(List.of(backup.image().id()), ids(ImageQuery.backups().boundTo(id)));
    assertEquals(List.of("ubuntu-24.04"), hetzner.images().list(ImageQuery.all().type(ImageType.SYSTEM)
        .includeDeprecated(true).name("ubuntu-24.04").architecture("x86")).stream().map(Image::name).toList());
    assertEquals(5, hetzner.images().list(ImageQuery.all().sort("created:desc")).stream().count());

    Image updated = hetzner.images().update(snap, "kept", Map.of("kind", "kept"));
    assertEquals("kept", updated.description());
    assertEquals(Map.of("kind", "kept"), hetzner.images().get(snap).labels());
    hetzner.images().delete(snap);
    assertThrows(NotFoundException.class, () -> hetzner.images().get(snap));
    assertThrows(NotFoundException.class, () -> hetzner.images().delete(snap), "a second delete is 404");

    hetzner.servers().disableBackup(id).await(WAIT);
    assertNull(hetzner.servers().get(id).backupWindow());
    assertEquals(List.of(), ids(ImageQuery.backups()), "disabling backups deletes them");
  }

  private void actionsAndMetrics(long id) {
    ActionHandle reboot = hetzner.servers().reboot(id);
    assertEquals(List.of(reboot.id()), hetzner.servers().actions(id, ActionStatus.RUNNING).stream()
        .map(Action::id).toList());
    List<Action> done = hetzner.servers().actions(id, ActionStatus.SUCCESS).stream().toList();
    assertTrue(done.size() >= 8, "earlier actions succeeded: " + done.size());
    assertEquals(reboot.id(), hetzner.actions().get(reboot.id()).id());
    Map<Long, Action> many = hetzner.actions().get(List.of(reboot.id(), done.get(0).id()));
    assertEquals(Set.of(reboot.id(), done.get(0).id()), many.keySet());
    assertTrue(hetzner.actions().get(reboot.id()).status().is(ActionStatus.SUCCESS), "done after two reads");

    Instant end = Instant.parse("2026-11-26T03:00:00Z");
    Metrics m = hetzner.servers().metrics(id, Set.of(MetricType.CPU, MetricType.NETWORK), end.minusSeconds(3600),
        end, Duration.ofSeconds(60));
    assertEquals(61, m.samples("cpu").size());
    assertEquals(61, m.samples("network.0.bandwidth.in").size());
    assertTrue(m.samples("disk.0.iops.read").isEmpty());
  }

  private List<Long> ids(ImageQuery q) {
    return hetzner.images().list(q).stream().map(Image::id).toList();
  }

  /** The operations WireMock saw (as templates); fails on any answer of the fake's "no route". */
  private static Set<String> exercised() {
    Set<String> out = new TreeSet<>();
    for (ServeEvent e : wm.getAllServeEvents()) {
      String body = e.getResponse().getBodyAsString();
      String op = e.getRequest().getMethod().getName() + " " + e.getRequest().getUrl().split("\\?")[0]
          .replaceFirst("^/v1", "").replaceAll("/\\d+(?=/|$)", "/{id}");
      assertFalse(body != null && body.contains("no route"), "no route for " + op);
      out.add(op);
    }
    return out;
  }
}
