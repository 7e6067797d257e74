package com.wekruit.valet.examples;

import com.wekruit.valet.examples.steps.BetterStackStep;
import com.wekruit.valet.examples.steps.CloudflareStep;
import com.wekruit.valet.examples.steps.CoolifyStep;
import com.wekruit.valet.examples.steps.HetznerStep;
import com.wekruit.valet.examples.steps.NeonUpstashStep;
import com.wekruit.valet.hetzner.Server;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;

/**
 * The one-command demo of the whole runbook (README's first command): starts a local stack (embedded PostgreSQL and
 * Redis, local API / web / workflow-engine endpoints, s3proxy as R2) and the provider simulators, runs every step with
 * visible progress, the readiness audit and the cost report, prints a summary and exits 0 unless a step failed.
 * {@code --serve} then keeps everything up, with the health JSON and the status page on a fixed printed port, until
 * Ctrl-C. With a provider's token in the environment that provider is the real one, read-only unless
 * {@code --allow-changes}.
 */
public final class RunbookDemo {
  private static final int STEPS = 13;

  private RunbookDemo() {}

  public static void main(String[] args) throws Exception {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    DemoOptions options;
    try {
      options = DemoOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    int code;
    try {
      code = run(options, System::getenv, System.out);
    } catch (Throwable t) { // a broken setup must end the JVM, not leave the local servers' threads running
      t.printStackTrace();
      code = 1;
    } finally {
      Serve.CLOSED.countDown();
    }
    System.exit(code);
  }

  /**
   * Runs the demo; returns its exit code (2 for an environment a real provider's client cannot be built from). Serving
   * blocks until the JVM is asked to stop.
   */
  static int run(DemoOptions options, Function<String, String> env, PrintStream out) throws Exception {
    String misconfigured = Providers.configurationProblem(env);
    if (misconfigured != null) { // before anything starts: a message, not a stack trace
      out.println("configuration: " + misconfigured
          + " (unset the provider's token to use its simulator, or set what it needs)");
      return 2;
    }
    Progress progress = new Progress(out, STEPS);
    try (LocalStack stack = LocalStack.start(); LocalR2 r2 = new LocalR2();
         Providers providers = new Providers(stack.redisPort(), options.allowChanges(), env);
         HealthStep health = new HealthStep(stack, options.serve() ? options.port() : 0, out)) {
      progress.step("Local stack and providers", () -> {
        out.println("  PostgreSQL " + stack.jdbcUrl() + ", Redis :" + stack.redisPort() + ", app " + stack.appUrl()
            + ", workflow engine " + stack.engineUrl() + ", R2 (s3proxy) " + r2.endpoint());
        return providers.describe();
      });
      String[] vps = {null};
      changing(progress, providers, "Hetzner", "Hetzner: create api-1, resize to cpx32, weekly snapshot", () -> {
        Server s = HetznerStep.run(providers.hetzner, out);
        vps[0] = s.ipv4();
        return s.name() + " " + s.serverType().name() + " at " + s.ipv4();
      });
      progress.step("Health sweep: api, web, postgres, redis, workflow-engine", () -> health.sweep(out));
      progress.step("Induced failure: the API answers 503, then recovers", () -> InducedFailure.run(stack, health, out));
      DemoHooks.Context ctx = new DemoHooks.Context(stack.jdbcUrl(), stack.pgPort(), stack.redisPort(), r2.store(),
          health.monitor, providers.betterStackSim.baseUrl(), out);
      DemoHooks.run(progress, "Alerts fire and resolve; a scaling decision", "AlertDemoStep",
          DemoHooks.ALERTS_AND_SCALING, ctx);
      DemoHooks.run(progress, "Backup to R2, verified, restore drill", "BackupDemoStep", DemoHooks.BACKUP, ctx);
      changing(progress, providers, "Coolify", "Coolify: deploy api and await, roll back and await", () ->
          "rolled back: " + CoolifyStep.deployAndRollBack(providers.coolify,
              providers.coolify.applications().list().get(0).uuid()).status());
      changing(progress, providers, "Cloudflare", "Cloudflare: DNS upsert to the VPS, SSL Full (strict)", () ->
          CloudflareStep.pointDomain(providers.cloudflare, "example.com", "app.example.com",
              vps[0] != null ? vps[0] : "203.0.113.10").outcome().toString());
      changing(progress, providers, List.of("Neon", "Upstash"), "Neon: a point-in-time branch; Upstash: usage", () -> {
        NeonUpstashStep.run(providers.neon, providers.upstash, out);
        return "branch created and awaited";
      });
      changing(progress, providers, "Better Stack", "Better Stack: monitor, incident, heartbeat", () -> {
        BetterStackStep.run(providers.betterStack, out);
        return "incident opened, acknowledged, resolved";
      });
      progress.step("Readiness audit", () -> AuditAndCosts.audit(providers, r2, out));
      progress.step("Cost report", () -> AuditAndCosts.costs(providers, out));
      progress.step("Status page and JSON endpoint", () -> {
        out.println("  GET /api/v1/health -> " + health.get("/api/v1/health"));
        return "GET /api/v1/health -> " + health.get("/api/v1/health").substring(0, 3) + ", GET /status -> "
            + health.get("/status").substring(0, 3);
      });
      progress.summary();
      if (options.serve()) {
        try (ServeRunbook runbook = new ServeRunbook(health, stack, r2, providers, out)) {
          Serve.until(health, providers, options, out);
        }
      }
      return progress.exitCode();
    }
  }

  private static void changing(Progress progress, Providers providers, String provider, String title,
      Progress.Step step) {
    changing(progress, providers, List.of(provider), title, step);
  }

  /** Runs a step that changes every one of {@code touched}, or skips it when one of them is real and read-only. */
  private static void changing(Progress progress, Providers providers, List<String> touched, String title,
      Progress.Step step) {
    String refusal = providers.refusal(touched.toArray(String[]::new));
    if (refusal != null) progress.notRun(title, Progress.Outcome.SKIPPED, refusal);
    else progress.step(title, step);
  }
}
