package com.wekruit.valet.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.wekruit.valet.health.HealthStatus;
import com.wekruit.valet.r2.S3ProxyServer;
import com.wekruit.valet.upstash.testing.FakeUpstash;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;
import software.amazon.awssdk.services.s3.S3Client;

/** The README's snippets that need real servers: embedded Redis and PostgreSQL, s3proxy, a local web app. */
class ReadmeLocalStackSnippetsTest {
  static RedisServer redis;
  static int redisPort;

  @BeforeAll
  static void startRedis() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      redisPort = s.getLocalPort();
    }
    redis = RedisServer.newRedisServer().port(redisPort).bind("127.0.0.1").build();
    redis.start();
  }

  @AfterAll
  static void stopRedis() throws Exception {
    redis.stop();
  }

  @Test
  void upstash_createsADatabase_andRunsCommandsOnRealRedis() throws Exception {
    try (FakeUpstash fake = FakeUpstash.start("127.0.0.1", redisPort)) {
      assertEquals(1, UpstashSnippet.run(fake));
    }
    ReadmeText.assertInReadme(UpstashSnippet.class);
  }

  @Test
  void r2_uploadsInEqualParts_andListsTheObject() throws Exception {
    byte[] dump = new byte[6 << 20];
    new Random(7).nextBytes(dump);
    try (S3ProxyServer s3 = new S3ProxyServer()) {
      try (S3Client raw = s3.rawClient()) {
        raw.createBucket(b -> b.bucket("backups"));
      }
      R2Snippet.Result r = R2Snippet.run(s3.endpoint(), S3ProxyServer.ACCESS, S3ProxyServer.SECRET,
          new ByteArrayInputStream(dump));
      assertEquals(2, r.upload().parts());
      assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(dump)), r.upload().sha256());
      assertEquals(1, r.listed().size());
      assertEquals(dump.length, r.listed().get(0).size());
    }
    ReadmeText.assertInReadme(R2Snippet.class);
  }

  @Test
  void health_allUp_andTheReadinessEndpointSays200() throws Exception {
    HttpServer app = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    app.createContext("/", ex -> {
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    app.start();
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      HealthSnippet.Result r = HealthSnippet.run("http://127.0.0.1:" + app.getAddress().getPort(),
          "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres", "", redisPort);
      try (var health = r.health()) {
        assertEquals(HealthStatus.UP, r.report().status(), r.report()::toString);
        assertEquals(4, r.report().checks().size());
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + r.server().getAddress().getPort() + "/readyz")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("UP"), ready.body());
      } finally {
        r.server().stop(0);
      }
    } finally {
      app.stop(0);
    }
    ReadmeText.assertInReadme(HealthSnippet.class);
  }
}
