package com.wekruit.valet.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import redis.embedded.RedisServer;

/**
 * The demo's stack on this machine: embedded PostgreSQL 15, embedded Redis, the app (API and web) and a workflow
 * engine, each on a free loopback port; the API's health endpoint can be made to fail on purpose.
 */
final class LocalStack implements AutoCloseable {
  private final EmbeddedPostgres postgres;
  private final RedisServer redis;
  private final int redisPort;
  private final HttpServer app;
  private final HttpServer engine;
  private final AtomicBoolean apiFailing;

  private LocalStack(EmbeddedPostgres postgres, RedisServer redis, int redisPort, HttpServer app, HttpServer engine,
      AtomicBoolean apiFailing) {
    this.apiFailing = apiFailing;
    this.postgres = postgres;
    this.redis = redis;
    this.redisPort = redisPort;
    this.app = app;
    this.engine = engine;
  }

  static LocalStack start() throws IOException {
    EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    RedisServer redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").setting("maxmemory 64mb").build();
    redis.start();
    HttpServer app = server();
    AtomicBoolean apiFailing = new AtomicBoolean();
    app.createContext("/api/v1/health", ex -> reply(ex, apiFailing.get() ? 503 : 200, "application/json",
        apiFailing.get() ? "{\"status\":\"DOWN\"}" : "{\"status\":\"UP\"}"));
    app.createContext("/", ex -> reply(ex, 200, "text/html", "<h1>valet demo</h1>"));
    HttpServer engine = server();
    engine.createContext("/health", ex -> reply(ex, 200, "application/json", "{\"status\":\"ok\",\"workers\":2}"));
    return new LocalStack(pg, redis, port, app, engine, apiFailing);
  }

  String appUrl() {
    return "http://127.0.0.1:" + app.getAddress().getPort();
  }

  String engineUrl() {
    return "http://127.0.0.1:" + engine.getAddress().getPort();
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
  }

  int pgPort() {
    return postgres.getPort();
  }

  int redisPort() {
    return redisPort;
  }

  void stopRedis() throws IOException {
    redis.stop();
  }

  private static HttpServer server() throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    s.start();
    return s;
  }

  /** Makes the API's health endpoint answer 503 (an induced failure) or 200 again. */
  void failApi(boolean failing) {
    apiFailing.set(failing);
  }

  int postgresPort() {
    return postgres.getPort();
  }

  private static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
    try (ex) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", type);
      ex.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() throws IOException {
    app.stop(0);
    engine.stop(0);
    if (redis.isActive()) redis.stop();
    postgres.close();
  }
}
