package com.wekruit.valet.health;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** The request rules the health endpoints share: exactly the context's path, {@code GET} or {@code HEAD}. */
final class ExchangeGate {
  private ExchangeGate() {}

  /** Answers 404 or 405 and returns {@code true} when the exchange is not a GET or HEAD of exactly the path. */
  static boolean refused(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getPath().equals(exchange.getHttpContext().getPath())) {
      exchange.sendResponseHeaders(404, -1);
      return true;
    }
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      exchange.sendResponseHeaders(405, -1);
      return true;
    }
    return false;
  }
}
