package com.wekruit.valet.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.wekruit.valet.betterstack.IncidentStatus;
import com.wekruit.valet.betterstack.testing.FakeBetterStack;
import com.wekruit.valet.cloudflare.UpsertResult;
import com.wekruit.valet.cloudflare.testing.FakeCloudflare;
import com.wekruit.valet.coolify.Deployment;
import com.wekruit.valet.coolify.DeploymentStatus;
import com.wekruit.valet.coolify.testing.FakeCoolify;
import com.wekruit.valet.hetzner.Server;
import com.wekruit.valet.hetzner.testing.FakeHetzner;
import com.wekruit.valet.neon.CreatedBranch;
import com.wekruit.valet.neon.testing.FakeNeon;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's provider snippets, run as printed against the simulators of the testkit. */
class ReadmeProviderSnippetsTest {
  @Test
  void hetzner_createdServerIsResized_andFoundByItsLabel() throws Exception {
    try (FakeHetzner fake = FakeHetzner.start()) {
      fake.addServer("web-1", "cpx22", Map.of("role", "web"));
      HetznerSnippet.Result r = HetznerSnippet.run(fake);
      assertEquals("cpx32", r.resized().serverType().name());
      assertEquals(List.of("api-1"), r.api().stream().map(Server::name).toList());
      assertFalse(r.pricing().serverTypes().isEmpty());
    }
    ReadmeText.assertInReadme(HetznerSnippet.class);
  }

  @Test
  void cloudflare_pointsTheDomain_andSetsSslStrict() throws Exception {
    try (FakeCloudflare fake = FakeCloudflare.start()) {
      String zone = fake.addZone("example.com");
      assertEquals(UpsertResult.Outcome.CREATED, CloudflareSnippet.run(fake).outcome());
      assertEquals("strict", fake.setting(zone, "ssl"));
      assertEquals("on", fake.setting(zone, "always_use_https"));
      assertEquals(UpsertResult.Outcome.UNCHANGED, CloudflareSnippet.run(fake).outcome(), "a second run sends nothing");
    }
    ReadmeText.assertInReadme(CloudflareSnippet.class);
  }

  @Test
  void coolify_deploysTheNewCommit_thenRollsBackToTheOldOne() throws Exception {
    try (FakeCoolify fake = FakeCoolify.start()) {
      String app = fake.addApplication("api", "1a2b3c4", "prod");
      fake.pushCommit(app, "5d6e7f8");
      List<Deployment> done = CoolifySnippet.run(fake, app);
      assertEquals(DeploymentStatus.FINISHED, done.get(0).status().value());
      assertEquals(DeploymentStatus.FINISHED, done.get(1).status().value());
      assertEquals("1a2b3c4", fake.runningCommit(app));
    }
    ReadmeText.assertInReadme(CoolifySnippet.class);
  }

  @Test
  void neon_branchesAtThePointInTime() throws Exception {
    try (FakeNeon fake = FakeNeon.start()) {
      String project = fake.addProject("runbook", 86_400);
      Instant before = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
      CreatedBranch pitr = NeonSnippet.run(fake, project, fake.defaultBranch(project), before);
      assertEquals("ready", pitr.branch().currentState());
      assertEquals(before, pitr.branch().parentTimestamp());
      assertEquals("before-incident", pitr.branch().name());
    }
    ReadmeText.assertInReadme(NeonSnippet.class);
  }

  @Test
  void betterStack_monitorIncidentAndLogs() throws Exception {
    try (FakeBetterStack fake = FakeBetterStack.start()) {
      BetterStackSnippet.Result r = BetterStackSnippet.run(fake);
      assertEquals("https://api.example.com/api/v1/health", r.monitor().url());
      assertEquals(IncidentStatus.RESOLVED, r.incident().status().value());
      assertEquals(1, r.logs().sent());
      assertEquals("deployed", fake.ingestedLines().get(0).get("message"));
    }
    ReadmeText.assertInReadme(BetterStackSnippet.class);
  }

  @Test
  void everySnippetIsCutFromItsClass_withTheImportsItUses() {
    String block = ReadmeText.block(CloudflareSnippet.class);
    assertTrue(block.startsWith("import com.wekruit.valet.cloudflare.CloudflareClient;\n"), block);
    assertFalse(block.contains("FakeCloudflare;"), "the fake is a parameter, not used in the block: " + block);
    assertTrue(block.contains("\nCloudflareClient cf = fake.client();"), "dedented: " + block);
  }
}
