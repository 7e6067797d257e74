package com.wekruit.valet.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;

/** A real local HTTP(S) server (the JDK's) with simple fixed routes. */
public final class LocalHttp implements AutoCloseable {
  private final HttpServer server;

  private LocalHttp(HttpServer server) {
    this.server = server;
    server.start();
  }

  public static LocalHttp http() throws IOException {
    return new LocalHttp(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
  }

  public static LocalHttp https(SSLContext context) throws IOException {
    HttpsServer s = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s.setHttpsConfigurator(new HttpsConfigurator(context));
    return new LocalHttp(s);
  }

  /** Serves a fixed status, headers and body at {@code path}. */
  public LocalHttp route(String path, int status, String contentType, String body, String... headers) {
    server.createContext(path, exchange -> respond(exchange, status, contentType, body, headers));
    return this;
  }

  public String url(String path) {
    String scheme = server instanceof HttpsServer ? "https" : "http";
    return scheme + "://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void respond(HttpExchange ex, int status, String type, String body, String[] headers)
      throws IOException {
    try (ex) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", type);
      for (int i = 0; i + 1 < headers.length; i += 2) ex.getResponseHeaders().set(headers[i], headers[i + 1]);
      ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
