package com.wekruit.valet.betterstack.logs;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A loopback ingest that can hold every request until released (to fill the sender's queue deterministically). */
final class IngestServer implements AutoCloseable {
  private final HttpServer http;
  private final ExecutorService pool = Executors.newFixedThreadPool(2);
  private final CountDownLatch release = new CountDownLatch(1);
  final CountDownLatch firstRequest = new CountDownLatch(1);

  IngestServer() throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    http.createContext("/", ex -> {
      try (ex) {
        ex.getRequestBody().readAllBytes();
        firstRequest.countDown();
        release.await();
        ex.sendResponseHeaders(202, -1);
        OutputStream ignored = ex.getResponseBody();
        ignored.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    http.setExecutor(pool);
    http.start();
  }

  String url() {
    return "http://127.0.0.1:" + http.getAddress().getPort();
  }

  void release() {
    release.countDown();
  }

  @Override
  public void close() {
    release();
    http.stop(0);
    pool.shutdownNow();
  }
}
