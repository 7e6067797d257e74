package com.wekruit.valet.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The plumbing of the provider simulators ({@code <provider>.testing.Fake<Provider>}): a JDK HTTP server on
 * 127.0.0.1 with TCP_NODELAY, decoded requests, and answers with a content type and headers. Subclasses route.
 * For demos and tests only; thread-safe as far as the subclass's {@link #handle} is.
 */
public abstract class FakeApiServer implements AutoCloseable {
  private final HttpServer http;
  private final ExecutorService pool;

  /** One request as the simulator sees it. */
  public record Request(String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers,
      String body) {
    /** The first value of a query parameter, or {@code null}. */
    public String param(String name) {
      List<String> v = query.get(name);
      return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** A request header (case-insensitive name), or {@code null}. */
    public String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) return e.getValue().get(0);
      }
      return null;
    }
  }

  /** An answer; {@code body} {@code null} sends none (204). */
  public record Response(int status, String contentType, String body, Map<String, String> headers) {
    public static Response json(int status, String body) {
      return new Response(status, "application/json", body, Map.of());
    }

    public static Response empty(int status) {
      return new Response(status, null, null, Map.of());
    }

    public Response withHeader(String name, String value) {
      Map<String, String> h = new HashMap<>(headers);
      h.put(name, value);
      return new Response(status, contentType, body, h);
    }
  }

  protected FakeApiServer(String name, int port) throws IOException {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    this.pool = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
    http.createContext("/", this::serve);
    http.setExecutor(pool);
  }

  /** Starts serving; call once from the subclass's factory (which is usually its static {@code start}). */
  protected void listen() {
    http.start();
  }

  /** Answers one request; an exception becomes a 500. */
  protected abstract Response handle(Request request) throws Exception;

  /** {@code http://127.0.0.1:<port>}. */
  public String origin() {
    return "http://127.0.0.1:" + http.getAddress().getPort();
  }

  private void serve(HttpExchange ex) throws IOException {
    try (ex) {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Response r;
      try {
        r = handle(new Request(ex.getRequestMethod(), ex.getRequestURI().getPath(),
            query(ex.getRequestURI().getRawQuery()), Map.copyOf(ex.getRequestHeaders()), body));
      } catch (Exception e) {
        r = Response.json(500, "{\"error\":\"simulator failed: " + e.getClass().getSimpleName() + "\"}");
      }
      if (r.contentType() != null) ex.getResponseHeaders().set("Content-Type", r.contentType());
      r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
      byte[] bytes = r.body() == null ? null : r.body().getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(r.status(), bytes == null ? -1 : bytes.length);
      if (bytes != null) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> q = new HashMap<>();
    if (raw == null) return q;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      q.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return q;
  }

  @Override
  public void close() {
    http.stop(0);
    pool.shutdownNow();
  }
}
