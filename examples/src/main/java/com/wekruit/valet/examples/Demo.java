package com.wekruit.valet.examples;

import com.wekruit.valet.health.HealthHttpHandler;
import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.health.HealthReport;
import com.wekruit.valet.health.RunbookHealth;
import com.wekruit.valet.hetzner.CreateServerRequest;
import com.wekruit.valet.hetzner.CreatedServer;
import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.Server;
import com.wekruit.valet.hetzner.ServerQuery;
import com.wekruit.valet.hetzner.testing.FakeHetzner;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The one-command demo: provisions and resizes a server through the Hetzner client against a local Hetzner-shaped
 * API; points a domain at it through Cloudflare with SSL strict, deploys and rolls back with Coolify, branches Neon at
 * a point in time, reads Upstash stats and runs a Better Stack incident, each against its simulator; then runs the
 * runbook's health checks against an embedded local stack (PostgreSQL, Redis, HTTP services) and serves the report as
 * {@code GET /api/v1/health}.
 */
public final class Demo {
  private Demo() {}

  public static void main(String[] args) throws Exception {
    String ipv4 = provision();
    try (LocalStack stack = LocalStack.start()) {
      ProviderSteps.run(ipv4, stack.redisPort());
      health(stack);
    }
    System.out.println("\ndemo finished");
  }

  /** Creates and resizes api-1; returns its public IPv4. */
  private static String provision() throws Exception {
    try (FakeHetzner api = FakeHetzner.start(0, 3)) {
      HetznerClient hetzner = HetznerClient.builder().token("demo-token-not-a-secret-0001").baseUrl(api.baseUrl())
          .pollInterval(Duration.ofMillis(50), Duration.ofMillis(200)).build();
      step("Hetzner: create api-1 (cpx22) and wait for create_server + start_server");
      CreatedServer created = hetzner.servers().create(CreateServerRequest.builder("api-1", "cpx22", "ubuntu-24.04")
          .location("fsn1").labels(Map.of("role", "api", "env", "prod")).build());
      System.out.println("  created " + created);
      Server server = created.awaitReady(hetzner.servers(), Duration.ofMinutes(2));
      System.out.println("  ready: " + server.name() + " " + server.status() + " at " + server.ipv4()
          + " (" + server.serverType().name() + ", " + server.serverType().monthlyNet("fsn1") + " EUR/month net)");

      step("Scaling playbook: API latency > 500 ms -> resize the VPS (shutdown, change_type, wait)");
      hetzner.servers().shutdown(server.id()).await(Duration.ofMinutes(2));
      hetzner.servers().changeType(server.id(), "cpx32", false).await(Duration.ofMinutes(5));
      Server resized = hetzner.servers().get(server.id());
      System.out.println("  " + resized.name() + " is now " + resized.serverType().name() + ", " + resized.status());

      step("List servers with label selector role=api");
      hetzner.servers().list(ServerQuery.all().labelSelector("role=api")).forEach(s ->
          System.out.println("  " + s.id() + " " + s.name() + " " + s.status() + " " + s.labels()));
      System.out.println("  rate limit left: " + hetzner.rateLimit().remaining() + "/" + hetzner.rateLimit().limit());
      return resized.ipv4();
    }
  }

  private static void health(LocalStack stack) throws Exception {
    step("Health: the runbook's five checks against the local stack");
    HealthMonitor health = RunbookHealth.builder()
        .api(stack.appUrl()).web(stack.appUrl())
        .postgres(stack.jdbcUrl(), "postgres", null)
        .redis("127.0.0.1", stack.redisPort(), null)
        .workflowEngine(stack.engineUrl())
        .onStatusChange(e -> System.out.println("  event: " + e.current().name() + " -> " + e.current().status()
            + " (" + e.current().reason() + ")"))
        .build();
    HttpServer endpoint = HealthHttpHandler.serve(new InetSocketAddress("127.0.0.1", 0), "/api/v1/health",
        new HealthHttpHandler(health, null, ex -> "true".equals(queryValue(ex.getRequestURI()))));
    try {
      HealthReport report = health.runNow();
      System.out.println("  aggregate " + report.status() + ":");
      report.checks().forEach(c -> System.out.printf("  %-16s %-8s %-10s %6.2f ms %s%n", c.name(), c.status(),
          c.reason(), c.latencyNanos() / 1e6, c.details()));
      String url = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/api/v1/health";
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofString());
      System.out.println("  GET /api/v1/health -> " + r.statusCode() + " " + r.body());

      step("Redis goes away: the report turns DOWN and the endpoint answers 503");
      stack.stopRedis();
      health.runNow();
      r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "?details=true")).build(),
          HttpResponse.BodyHandlers.ofString());
      System.out.println("  GET /api/v1/health?details=true -> " + r.statusCode() + " " + r.body());
    } finally {
      endpoint.stop(0);
      health.close();
    }
  }

  private static String queryValue(URI uri) {
    String q = uri.getQuery();
    return q != null && q.startsWith("details=") ? q.substring("details=".length()) : null;
  }

  static void step(String title) {
    System.out.println("\n== " + title);
  }
}
