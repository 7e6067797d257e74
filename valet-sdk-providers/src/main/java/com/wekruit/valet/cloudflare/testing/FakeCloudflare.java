package com.wekruit.valet.cloudflare.testing;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wekruit.valet.cloudflare.CloudflareClient;
import com.wekruit.valet.json.ValetJson;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A small, stateful stand-in for the Cloudflare API v4 on the JDK's HTTP server, answering with spec-shaped
 * envelopes: token verify, zones (list by name, paged; get), DNS records (list with {@code type} / {@code name.exact}
 * filters, paged; create with the 81057 / 81058 duplicate rules; get, PATCH, PUT, DELETE), the {@code ssl},
 * {@code always_use_https} and {@code min_tls_version} settings, and cache purges. For demos and tests of code built
 * on the SDK; not a substitute for contract tests against the spec.
 *
 * <p>Start with {@link #start()}, add zones with {@link #addZone}, take a client with {@link #client()} (or point
 * your own at {@link #baseUrl()}),
 * {@link #close()} when done. Thread-safe.
 */
public final class FakeCloudflare implements AutoCloseable {
  private static final JsonAdapter<Map<String, Object>> BODY =
      ValetJson.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  private final HttpServer http;
  private final FakeCloudflareRoutes routes = new FakeCloudflareRoutes();

  private FakeCloudflare(HttpServer http) {
    this.http = http;
  }

  /** Starts on 127.0.0.1; {@code port} 0 for any free port. */
  public static FakeCloudflare start(int port) throws IOException {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    FakeCloudflare fake = new FakeCloudflare(server);
    server.createContext("/client/v4/", fake::handle);
    server.setExecutor(Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "fake-cloudflare");
      t.setDaemon(true);
      return t;
    }));
    server.start();
    return fake;
  }

  /** The API base URL, e.g. {@code http://127.0.0.1:40123/client/v4}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/client/v4";
  }

  /** Starts on a free port of 127.0.0.1. */
  public static FakeCloudflare start() throws IOException {
    return start(0);
  }

  /** A client builder pointed at this fake, with a token it accepts; set more, then {@code build()}. */
  public CloudflareClient.Builder clientBuilder() {
    return CloudflareClient.builder().token("fake-cloudflare-token").baseUrl(baseUrl());
  }

  /** A client of this fake: {@code clientBuilder().build()}. */
  public CloudflareClient client() {
    return clientBuilder().build();
  }

  /** Adds an active zone; returns its id. */
  public String addZone(String name) {
    return routes.addZone(name);
  }

  /** The current value of a zone setting ({@code ssl}, {@code always_use_https}, {@code min_tls_version}). */
  public String setting(String zoneId, String settingId) {
    return routes.setting(zoneId, settingId);
  }

  /** The purge request bodies a zone received, oldest first. */
  public List<Map<String, Object>> purges(String zoneId) {
    return routes.purges(zoneId);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      FakeZoneState.Reply r;
      if (!authenticated(ex)) {
        r = new FakeZoneState.Reply(403, CloudflarePayloads.error("10000", "Authentication error"));
      } else {
        Map<String, Object> body = body(ex);
        r = body == null ? FakeZoneState.invalid() : routes.route(ex.getRequestMethod(),
            ex.getRequestURI().getPath().substring("/client/v4".length()), query(ex.getRequestURI()), body);
      }
      send(ex, r);
    }
  }

  private static boolean authenticated(HttpExchange ex) {
    String auth = ex.getRequestHeaders().getFirst("Authorization");
    return (auth != null && auth.startsWith("Bearer ")) || ex.getRequestHeaders().getFirst("X-Auth-Key") != null;
  }

  /** The JSON body as a map; empty for no body, {@code null} when it is not a JSON object. */
  private static Map<String, Object> body(HttpExchange ex) throws IOException {
    String text = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (text.isBlank()) return Map.of();
    try {
      return BODY.fromJson(text);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Map<String, List<String>> query(URI uri) {
    Map<String, List<String>> q = new HashMap<>();
    if (uri.getRawQuery() == null) return q;
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      q.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
          .add(kv.length < 2 ? "" : URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return q;
  }

  private static void send(HttpExchange ex, FakeZoneState.Reply r) throws IOException {
    byte[] bytes = r.json().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.getResponseHeaders().set("CF-Ray", Long.toHexString(System.nanoTime()) + "-FRA");
    ex.sendResponseHeaders(r.status(), bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
