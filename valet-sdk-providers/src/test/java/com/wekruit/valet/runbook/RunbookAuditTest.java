package com.wekruit.valet.runbook;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.betterstack.MonitorType;
import com.wekruit.valet.cloudflare.DnsRecordRequest;
import com.wekruit.valet.cloudflare.DnsRecordType;
import com.wekruit.valet.hetzner.HetznerClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The runbook's readiness audit against the provider simulators and s3proxy. */
class RunbookAuditTest {
  private static final BackupInventory FRESH_VERIFIED = () -> List.of(
      new BackupSummary("pg/2026-11-25.dump", Instant.now().minus(Duration.ofHours(30)), true),
      new BackupSummary("pg/2026-11-26.dump", Instant.now().minus(Duration.ofHours(2)), true));

  private static Map<String, AuditItem> byId(AuditReport r) {
    return r.items().stream().collect(Collectors.toMap(AuditItem::id, Function.identity()));
  }

  @Test
  void aLaunchReadyRunbookPassesEveryItem_withEvidence_andExitCode0() throws Exception {
    try (RunbookFixture f = new RunbookFixture().ready()) {
      AuditReport r = f.audit(FRESH_VERIFIED).build().run();
      assertEquals(AuditStatus.PASS, r.status(), r.render());
      assertEquals(0, r.exitCode());
      assertEquals(List.of("vps.size", "coolify.deploy", "dns.vps", "ssl.strict", "neon.plan", "neon.pitr",
          "r2.bucket", "monitors", "backups", "snapshots"), r.items().stream().map(AuditItem::id).toList());
      Map<String, AuditItem> items = byId(r);
      assertTrue(items.get("vps.size").evidence().contains("api-1 is cpx32 (4 cores, 8.0 GB)"));
      assertTrue(items.get("dns.vps").evidence().matches(".*app.example.com A \\[203\\.0\\.113\\.\\d+] = the VPS.*"),
          items.get("dns.vps").evidence());
      assertTrue(items.get("coolify.deploy").evidence().contains("@main at 5d6e7f8"), items.get("coolify.deploy").evidence());
      assertTrue(items.get("neon.pitr").evidence().contains("keeps 7 d of history"));
      assertTrue(items.get("backups").evidence().contains("newest verified pg/2026-11-26.dump"));
      assertTrue(items.get("snapshots").evidence().startsWith("1 snapshot(s) of api-1"));
      assertTrue(r.render().contains("readiness PASS: 10 pass, 0 fail, 0 unknown (exit code 0)"), r.render());
    }
  }

  @Test
  void eachUnmetItemFails_withWhatWasSeen_andExitCode1() throws Exception {
    try (RunbookFixture f = new RunbookFixture()) {
      long id = f.hetznerApi.addServer("api-1", "cx22", Map.of());
      f.coolifyApi.addApplication("worker", "1a2b3c4");
      String zone = f.cloudflareApi.addZone("example.com");
      f.cloudflare.dnsRecords(zone).create(DnsRecordRequest.builder(DnsRecordType.A, "app.example.com", "198.51.100.9")
          .build());
      f.neonApi.addProject("runbook", 3_600);
      f.monitor("https://api.example.com/api/v1/health", MonitorType.STATUS);
      f.r2.put("x", new byte[1], "text/plain");
      BackupInventory unverified = () -> List.of(new BackupSummary("pg/1.dump", Instant.now(), false));
      Map<String, AuditItem> items = byId(RunbookAudit.builder().hetzner(f.hetzner, "api-1")
          .coolify(f.coolify, "api").cloudflare(f.cloudflare, "example.com", "app.example.com")
          .neon(f.neon, "runbook", Duration.ofDays(7))
          .r2(f.s3.store("other").bucket("missing-bucket").build(), "missing-bucket", "")
          .betterStack(f.betterStack, "api.example.com", "app.example.com", "db.example.com")
          .backups(unverified, Duration.ofHours(26)).build().run());
      assertEquals(AuditStatus.FAIL, items.get("vps.size").status());
      assertTrue(items.get("vps.size").evidence().contains("cx22 (2 cores, 4.0 GB); CX32 means >= 4 cores"));
      assertEquals(AuditStatus.FAIL, items.get("coolify.deploy").status());
      assertTrue(items.get("dns.vps").evidence().contains("[198.51.100.9] != the VPS at 203.0.113."));
      assertEquals(AuditStatus.FAIL, items.get("ssl.strict").status());
      assertTrue(items.get("ssl.strict").evidence().endsWith("SSL mode is flexible"));
      assertEquals(AuditStatus.UNKNOWN, items.get("neon.plan").status(), "1 h of history says nothing about the plan");
      assertEquals(AuditStatus.FAIL, items.get("neon.pitr").status());
      assertEquals(AuditStatus.FAIL, items.get("r2.bucket").status(), items.get("r2.bucket").evidence());
      assertTrue(items.get("monitors").evidence().contains("no active monitor for [web (app.example.com), db (db.example.com)]"),
          items.get("monitors").evidence());
      assertTrue(items.get("backups").evidence().endsWith("none verified"));
      assertEquals("no snapshot of api-1", items.get("snapshots").evidence());
      assertTrue(id > 0);
    }
  }

  @Test
  void oldSnapshotsAndBackupsFail_byTheInjectedClock() throws Exception {
    try (RunbookFixture f = new RunbookFixture().ready()) {
      Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(9)), ZoneOffset.UTC);
      Map<String, AuditItem> items = byId(f.audit(FRESH_VERIFIED).clock(later).build().run());
      assertEquals(AuditStatus.FAIL, items.get("snapshots").status());
      assertTrue(items.get("snapshots").evidence().endsWith(": overdue"), items.get("snapshots").evidence());
      assertEquals(AuditStatus.FAIL, items.get("backups").status());
    }
  }

  @Test
  void withoutClients_everyItemIsUnknownAndSaysWhatIsMissing_exit2_or0WhenUnknownMayPass() {
    AuditReport r = RunbookAudit.builder().build().run();
    assertTrue(r.items().stream().allMatch(i -> i.status() == AuditStatus.UNKNOWN
        && i.evidence().startsWith("not configured: ")), r.render());
    assertEquals("not configured: backup catalog: none given to the audit", byId(r).get("backups").evidence());
    assertEquals(2, r.exitCode());
    assertEquals(0, r.exitCode(true));
  }

  @Test
  void aProviderThatCannotBeAskedIsUnknown_andNoSecretReachesTheEvidence() throws Exception {
    String token = "secret-hcloud-token-abcdefghijklmnop";
    HetznerClient dead = HetznerClient.builder().token(token).baseUrl("http://127.0.0.1:9/v1")
        .retryPolicy(com.wekruit.valet.http.RetryPolicy.none()).build();
    ReadinessAudit audit = RunbookAudit.builder().hetzner(dead, "api-1").build();
    ReadinessAudit custom = ReadinessAudit.builder().item("x", "Throws", () -> {
      throw new IllegalStateException("password=" + token);
    }).item("long", "Long evidence", () -> Finding.pass("y".repeat(1000) + "\nsecond line")).build();
    AuditItem size = byId(audit.run()).get("vps.size");
    assertEquals(AuditStatus.UNKNOWN, size.status());
    assertTrue(size.evidence().startsWith("could not ask: "), size.evidence());
    AuditReport r = custom.run();
    assertEquals("could not ask: IllegalStateException", r.items().get(0).evidence());
    assertEquals(300, r.items().get(1).evidence().length());
    assertFalse(r.render().contains(token) || audit.run().render().contains(token));
    assertThrows(IllegalArgumentException.class, () -> ReadinessAudit.builder().item("a", "A", () -> null)
        .item("a", "B", () -> null));
    assertEquals(AuditStatus.UNKNOWN, ReadinessAudit.builder().item("n", "Null", () -> null).build().run().status());
  }
}
