package com.wekruit.valet.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wekruit.valet.cloudflare.testing.FakeCloudflare;
import com.wekruit.valet.hetzner.testing.FakeHetzner;
import com.wekruit.valet.neon.testing.FakeNeon;
import com.wekruit.valet.runbook.AuditItem;
import com.wekruit.valet.runbook.AuditReport;
import com.wekruit.valet.runbook.AuditStatus;
import com.wekruit.valet.runbook.CostReport;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's readiness audit, cost report and recovery (snapshots, Neon PITR), run against the simulators. */
class ReadmeAuditSnippetsTest {
  @Test
  void audit_readsThreeProviders_andItsExitCodeNamesTheWorstItem() throws Exception {
    try (FakeHetzner hetzner = FakeHetzner.start(); FakeCloudflare cloudflare = FakeCloudflare.start();
        FakeNeon neon = FakeNeon.start()) {
      hetzner.addServer("api-1", "cpx22", Map.of());
      cloudflare.addZone("example.com");
      neon.addProject("runbook", 7 * 24 * 3600);
      AuditReport report = AuditSnippet.run(hetzner.client(), cloudflare.client(), neon.client());
      assertEquals(1, report.exitCode(), report::render);
      assertEquals(AuditStatus.FAIL, item(report, "VPS type at least CX32").status(), "cpx22: 2 cores, 4 GB");
      assertEquals(AuditStatus.PASS, item(report, "Neon point-in-time window").status());
      assertEquals(AuditStatus.UNKNOWN, item(report, "Coolify reachable, deploying main").status());
      assertTrue(report.render().contains("exit code 1"), report::render);
    }
    ReadmeText.assertInReadme(AuditSnippet.class);
  }

  private static AuditItem item(AuditReport report, String title) {
    return report.items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
  }

  @Test
  void recovery_rotatesASnapshot_andBranchesNeonBeforeTheIncident() throws Exception {
    try (FakeHetzner hetzner = FakeHetzner.start(); FakeNeon neon = FakeNeon.start()) {
      long server = hetzner.addServer("api-1", "cpx22", Map.of());
      String project = neon.addProject("runbook", 7 * 24 * 3600);
      Instant incident = Instant.now();
      RecoverySnippet.Result r = RecoverySnippet.run(hetzner.client(), server, neon.client(), project,
          neon.defaultBranch(project), incident);
      assertEquals(r.snapshot().created().id(), r.snapshot().kept().get(0).id());
      assertEquals(incident.minusSeconds(300), r.pitr().branch().parentTimestamp());
      assertTrue(r.pitr().uri().uri().contains(r.pitr().endpoint().host()));
    }
    ReadmeText.assertInReadme(RecoverySnippet.class);
  }

  @Test
  void costs_priceTheFourEnvironments_fromHetznersPricing() throws Exception {
    try (FakeHetzner hetzner = FakeHetzner.start()) {
      CostReport costs = CostSnippet.run(hetzner.client());
      assertEquals(4, costs.totals().size());
      assertTrue(costs.lines().stream().anyMatch(l -> l.source().toLowerCase().contains("hetzner")
          && l.monthly().isPresent()), costs::render);
      assertFalse(costs.render().isBlank());
    }
    ReadmeText.assertInReadme(CostSnippet.class);
  }
}
