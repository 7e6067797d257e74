package com.wekruit.valet.readme;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** A loopback HTTP server on a free port for the snippets' tests. */
final class LocalHttp {
  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private LocalHttp() {}

  static HttpServer serve(Handler handler) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s.createContext("/", ex -> {
      try (ex) {
        handler.handle(ex);
      }
    });
    s.start();
    return s;
  }

  static String url(HttpServer s, String path) {
    return "http://127.0.0.1:" + s.getAddress().getPort() + path;
  }
}
