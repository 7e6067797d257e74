package com.wekruit.valet.examples;

import com.wekruit.valet.betterstack.BetterStackClient;
import com.wekruit.valet.betterstack.MonitorRequest;
import com.wekruit.valet.betterstack.MonitorType;
import com.wekruit.valet.betterstack.testing.FakeBetterStack;
import com.wekruit.valet.cloudflare.CloudflareClient;
import com.wekruit.valet.cloudflare.testing.FakeCloudflare;
import com.wekruit.valet.coolify.CoolifyClient;
import com.wekruit.valet.coolify.testing.FakeCoolify;
import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.testing.FakeHetzner;
import com.wekruit.valet.neon.NeonClient;
import com.wekruit.valet.neon.testing.FakeNeon;
import com.wekruit.valet.upstash.CreateDatabaseRequest;
import com.wekruit.valet.upstash.UpstashClient;
import com.wekruit.valet.upstash.testing.FakeUpstash;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The demo's provider clients: the real provider's when its token is in the environment, else its simulator's on
 * loopback (seeded with a zone, an application, a project, a database and the API, web and database monitors). Real providers are read-only unless the
 * demo was given {@code --allow-changes}.
 */
final class Providers implements AutoCloseable {
  private static final Duration FAST = Duration.ofMillis(50);
  final FakeHetzner hetznerSim = FakeHetzner.start(0, 3);
  final FakeCloudflare cloudflareSim = FakeCloudflare.start(0);
  final FakeCoolify coolifySim = FakeCoolify.start(0, 3);
  final FakeNeon neonSim = FakeNeon.start(0, 2);
  final FakeUpstash upstashSim;
  final FakeBetterStack betterStackSim = FakeBetterStack.start();
  final HetznerClient hetzner;
  final CloudflareClient cloudflare;
  final CoolifyClient coolify;
  final NeonClient neon;
  final UpstashClient upstash;
  final BetterStackClient betterStack;
  private final Map<String, Boolean> real = new TreeMap<>();
  private final boolean allowChanges;

  Providers(int redisPort, boolean allowChanges, Function<String, String> env) throws Exception {
    this.allowChanges = allowChanges;
    upstashSim = FakeUpstash.start(0, "127.0.0.1", redisPort);
    cloudflareSim.addZone("example.com");
    String app = coolifySim.addApplication("api", "1a2b3c4", "prod");
    coolifySim.pushCommit(app, "5d6e7f8");
    neonSim.addProject("runbook", 604_800);
    hetzner = isSet(env, "Hetzner", "HCLOUD_TOKEN") ? HetznerClient.fromEnv(env) : HetznerClient.builder()
        .token("demo-token-not-a-secret-0001").baseUrl(hetznerSim.baseUrl()).pollInterval(FAST, FAST.multipliedBy(4))
        .build();
    cloudflare = isSet(env, "Cloudflare", "CLOUDFLARE_API_TOKEN") ? CloudflareClient.fromEnv(env)
        : CloudflareClient.builder().token("demo-token").baseUrl(cloudflareSim.baseUrl()).build();
    coolify = isSet(env, "Coolify", "COOLIFY_TOKEN") ? CoolifyClient.fromEnv(env) : CoolifyClient.builder()
        .token("1|demo-token-not-a-secret-0002").instanceUrl(coolifySim.baseUrl()).pollInterval(FAST, FAST).build();
    neon = isSet(env, "Neon", "NEON_API_KEY") ? NeonClient.fromEnv(env) : NeonClient.builder().apiKey("demo-neon-key")
        .baseUrl(neonSim.baseUrl()).pollInterval(FAST, FAST.multipliedBy(4)).build();
    upstash = isSet(env, "Upstash", "UPSTASH_API_KEY") ? UpstashClient.fromEnv(env) : UpstashClient.builder()
        .credentials("demo@example.com", "demo-upstash-key").baseUrl(upstashSim.baseUrl()).build();
    betterStack = isSet(env, "Better Stack", "BETTERUPTIME_API_TOKEN") ? BetterStackClient.fromEnv(env)
        : BetterStackClient.builder().token("demo-token-not-secret").baseUrl(betterStackSim.baseUrl()).build();
    if (!real.get("Better Stack")) {
      betterStack.monitors().create(MonitorRequest.builder().url("https://api.example.com/api/v1/health")
          .monitorType(MonitorType.STATUS).checkFrequency(60).build());
      betterStack.monitors().create(MonitorRequest.builder().url("https://app.example.com/")
          .monitorType(MonitorType.STATUS).checkFrequency(60).build());
      betterStack.monitors().create(MonitorRequest.builder().url("db.example.com").port("5432")
          .monitorType(MonitorType.TCP).checkFrequency(60).build());
    }
    if (!real.get("Upstash")) {
      upstash.databases().create(CreateDatabaseRequest.builder("runbook-cache", "eu-central-1").build());
    }
  }

  /** A provider that is real when {@code variable} is set, and how its client is built from the environment. */
  private record RealProvider(String name, String variable, Function<Function<String, String>, Object> fromEnv) {}

  private static final List<RealProvider> REAL = List.of(
      new RealProvider("Hetzner", "HCLOUD_TOKEN", HetznerClient::fromEnv),
      new RealProvider("Cloudflare", "CLOUDFLARE_API_TOKEN", CloudflareClient::fromEnv),
      new RealProvider("Coolify", "COOLIFY_TOKEN", CoolifyClient::fromEnv),
      new RealProvider("Neon", "NEON_API_KEY", NeonClient::fromEnv),
      new RealProvider("Upstash", "UPSTASH_API_KEY", UpstashClient::fromEnv),
      new RealProvider("Better Stack", "BETTERUPTIME_API_TOKEN", BetterStackClient::fromEnv));

  /**
   * What keeps a real provider's client from being built out of {@code env} (e.g. a token without its URL), as
   * {@code "Coolify: COOLIFY_URL is not set"}, or {@code null}; checked before anything starts. Builds no connection.
   */
  static String configurationProblem(Function<String, String> env) {
    for (RealProvider p : REAL) {
      String v = env.apply(p.variable());
      if (v == null || v.isBlank()) continue;
      try {
        p.fromEnv().apply(env);
      } catch (IllegalStateException | IllegalArgumentException e) {
        return p.name() + ": " + e.getMessage();
      }
    }
    return null;
  }

  private boolean isSet(Function<String, String> env, String provider, String variable) {
    String v = env.apply(variable);
    boolean set = v != null && !v.isBlank();
    real.put(provider, set);
    return set;
  }

  /** Why a changing step may not run against every one of {@code providers}, or {@code null} when it may. */
  String refusal(String... providers) {
    for (String provider : providers) {
      if (real.get(provider) && !allowChanges) {
        return provider + " is the real provider (token in the environment): read-only without --allow-changes";
      }
    }
    return null;
  }

  /**
   * Where the demo's alerts open incidents: the real Better Stack only with {@code --allow-changes}, else its
   * simulator.
   */
  BetterStackClient incidents() {
    return refusal("Better Stack") == null ? betterStack
        : BetterStackClient.builder().token("demo-token-not-secret").baseUrl(betterStackSim.baseUrl()).build();
  }

  /** E.g. {@code Hetzner=simulator, Neon=real}. */
  String describe() {
    StringBuilder b = new StringBuilder();
    real.forEach((p, r) -> b.append(b.length() == 0 ? "" : ", ").append(p).append('=')
        .append(r ? (allowChanges ? "real (changes allowed)" : "real (read-only)") : "simulator"));
    return b.toString();
  }

  @Override
  public void close() {
    betterStackSim.close();
    upstashSim.close();
    neonSim.close();
    coolifySim.close();
    cloudflareSim.close();
    hetznerSim.close();
  }
}
