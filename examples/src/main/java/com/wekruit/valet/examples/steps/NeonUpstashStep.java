package com.wekruit.valet.examples.steps;

import com.wekruit.valet.neon.ComputeSettings;
import com.wekruit.valet.neon.CreateBranchRequest;
import com.wekruit.valet.neon.CreatedBranch;
import com.wekruit.valet.neon.EndpointType;
import com.wekruit.valet.neon.NeonClient;
import com.wekruit.valet.neon.Project;
import com.wekruit.valet.neon.testing.FakeNeon;
import com.wekruit.valet.upstash.CreateDatabaseRequest;
import com.wekruit.valet.upstash.DatabaseStats;
import com.wekruit.valet.upstash.RedisDatabase;
import com.wekruit.valet.upstash.UpstashClient;
import com.wekruit.valet.upstash.UpstashRedis;
import com.wekruit.valet.upstash.testing.FakeUpstash;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import redis.embedded.RedisServer;

/**
 * The runbook's database and Redis steps against the simulators: a Neon branch at a point in time (the restore
 * check), awaited until its operations finished, and an Upstash database's usage.
 */
public final class NeonUpstashStep {
  private NeonUpstashStep() {}

  /**
   * Runs the step against a {@link FakeNeon} that has a project ({@link FakeNeon#addProject}) and a
   * {@link FakeUpstash}; creates an Upstash database when it has none.
   */
  public static void run(String neonBaseUrl, String upstashBaseUrl, PrintStream out) {
    run(NeonClient.builder().apiKey("demo-neon-key").baseUrl(neonBaseUrl)
        .pollInterval(Duration.ofMillis(100), Duration.ofMillis(500)).build(),
        UpstashClient.builder().credentials("demo@example.com", "demo-upstash-key").baseUrl(upstashBaseUrl).build(),
        out);
  }

  /** Runs the step through any Neon and Upstash clients (it creates a Neon branch, and a database if none). */
  public static void run(NeonClient neon, UpstashClient upstash, PrintStream out) {
    Project project = neon.projects().list().stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("the Neon simulator has no project"));
    Instant at = Instant.now().minus(Duration.ofMinutes(30));
    CreatedBranch branch = neon.branches(project.id()).create(CreateBranchRequest.builder()
        .name("restore-check-" + at.getEpochSecond()).atTimestamp(at)
        .endpoint(EndpointType.READ_WRITE, ComputeSettings.builder().autoscaling(0.25, 1).suspendTimeoutSeconds(300)
            .build()).build())
        .await(Duration.ofMinutes(2));
    out.printf("neon: branch %s of project %s at %s is %s, compute %s %s%n", branch.branch().name(), project.name(),
        branch.branch().parentTimestamp(), branch.branch().currentState(), branch.endpoints().get(0).id(),
        branch.endpoints().get(0).currentState());

    RedisDatabase db = upstash.databases().list().stream().findFirst().orElseGet(() -> upstash.databases()
        .create(CreateDatabaseRequest.builder("runbook-cache", "eu-central-1").build()));
    DatabaseStats stats = upstash.databases().stats(db.databaseId());
    DatabaseStats.Sample keys = DatabaseStats.latest(stats.keyspace());
    out.printf("upstash: %s keys=%s storage=%d B of %d B, commands today=%d, sampled at %s%n", db.databaseName(),
        keys == null ? "n/a" : (long) keys.value(), stats.currentStorage(), db.dbMemoryThreshold(),
        stats.dailyNetCommands(), keys == null ? "n/a" : keys.at());
  }

  /** Starts both simulators (and an embedded Redis), seeds them, runs the step, stops everything. */
  public static void main(String[] args) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").build();
    redis.start();
    try (FakeNeon neon = FakeNeon.start(0, 2); FakeUpstash upstash = FakeUpstash.start(0, "127.0.0.1", port)) {
      neon.addProject("runbook", 86_400);
      RedisDatabase db = UpstashClient.builder().credentials("demo@example.com", "demo-upstash-key")
          .baseUrl(upstash.baseUrl()).build().databases()
          .create(CreateDatabaseRequest.builder("runbook-cache", "eu-central-1").build());
      UpstashRedis cache = UpstashRedis.builder().baseUrl(upstash.restUrl(db.databaseId())).token(db.restToken())
          .build();
      cache.execute("SET", "session:1", "ada");
      cache.execute("INCR", "visits");
      run(neon.baseUrl(), upstash.baseUrl(), System.out);
    } finally {
      redis.stop();
    }
  }
}
