package com.wekruit.valet.examples;

import com.wekruit.valet.betterstack.testing.FakeBetterStack;
import com.wekruit.valet.cloudflare.testing.FakeCloudflare;
import com.wekruit.valet.coolify.testing.FakeCoolify;
import com.wekruit.valet.examples.steps.BetterStackStep;
import com.wekruit.valet.examples.steps.CloudflareStep;
import com.wekruit.valet.examples.steps.CoolifyStep;
import com.wekruit.valet.examples.steps.NeonUpstashStep;
import com.wekruit.valet.neon.testing.FakeNeon;
import com.wekruit.valet.upstash.CreateDatabaseRequest;
import com.wekruit.valet.upstash.UpstashClient;
import com.wekruit.valet.upstash.testing.FakeUpstash;

/** The demo's provider steps, each against its simulator on loopback. */
final class ProviderSteps {
  private ProviderSteps() {}

  static void run(String ipv4, int redisPort) throws Exception {
    Demo.step("Cloudflare: point app.example.com at " + ipv4 + ", SSL Full (strict), always HTTPS");
    try (FakeCloudflare cf = FakeCloudflare.start(0)) {
      cf.addZone("example.com");
      CloudflareStep.pointDomain(cf.baseUrl(), ipv4);
    }

    Demo.step("Coolify: deploy api and await it, then roll back and await");
    try (FakeCoolify coolify = FakeCoolify.start(0, 3)) {
      String app = coolify.addApplication("api", "1a2b3c4", "prod");
      coolify.pushCommit(app, "5d6e7f8");
      CoolifyStep.run(coolify.baseUrl());
    }

    Demo.step("Neon: a branch at a point in time, awaited; Upstash: a database's stats");
    try (FakeNeon neon = FakeNeon.start(0, 2); FakeUpstash upstash = FakeUpstash.start(0, "127.0.0.1", redisPort)) {
      neon.addProject("runbook", 86_400);
      UpstashClient.builder().credentials("demo@example.com", "demo-upstash-key").baseUrl(upstash.baseUrl()).build()
          .databases().create(CreateDatabaseRequest.builder("runbook-cache", "eu-central-1").build());
      NeonUpstashStep.run(neon.baseUrl(), upstash.baseUrl(), System.out);
    }

    Demo.step("Better Stack: a monitor, an incident opened, acknowledged and resolved, a heartbeat ping");
    try (FakeBetterStack bs = FakeBetterStack.start()) {
      BetterStackStep.run(bs.baseUrl(), System.out);
    }
  }
}
