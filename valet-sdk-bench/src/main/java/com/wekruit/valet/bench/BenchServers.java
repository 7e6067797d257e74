package com.wekruit.valet.bench;

import com.sun.net.httpserver.HttpServer;
import com.wekruit.valet.hetzner.testing.FakeHetzner;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * The servers the benchmarks call, in a process of their own so that {@code -prof gc} counts only client allocation:
 * an HTTP server answering {@code OK} on its dispatcher thread (probe floors), the same on a pool of threads (the
 * 1,000-target fleet), a server that accepts and never answers, and the fake Hetzner API. Prints
 * {@code http=<port> fleet=<port> silent=<port> hetzner=<baseUrl>} on one line.
 */
public final class BenchServers {
  /** Threads answering the fleet of {@link HealthDeadlineBench}: a few per vCPU. */
  private static final int FLEET_THREADS = 8;

  private BenchServers() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer http = okServer(null);
    HttpServer fleet = okServer(Executors.newFixedThreadPool(FLEET_THREADS, r -> {
      Thread t = new Thread(r, "fleet");
      t.setDaemon(true);
      return t;
    }));
    int silent = silentServer();
    FakeHetzner hetzner = FakeHetzner.start(0, 1);
    hetzner.addServer("bench-1", "cpx22", Map.of("role", "bench"));
    System.out.println("http=" + http.getAddress().getPort() + " fleet=" + fleet.getAddress().getPort()
        + " silent=" + silent + " hetzner=" + hetzner.baseUrl());
    System.out.flush();
    Thread.currentThread().join();
  }

  /**
   * A server answering {@code 200 OK}. Without an executor the JDK server parses and answers every request on its one
   * dispatcher thread: right for the probe floors (no hand-off between threads), too slow for a fleet of hundreds of
   * keep-alive clients, which then time out because of the server, not the client.
   */
  private static HttpServer okServer(Executor executor) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
    byte[] ok = "OK".getBytes(StandardCharsets.US_ASCII);
    server.createContext("/", ex -> {
      try (ex) {
        ex.sendResponseHeaders(200, ok.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(ok);
        }
      }
    });
    server.setExecutor(executor);
    server.start();
    return server;
  }

  /** Accepts, reads and discards, never writes; closes when the client does. */
  private static int silentServer() throws IOException {
    Selector selector = Selector.open();
    ServerSocketChannel server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0), 4096);
    server.configureBlocking(false);
    server.register(selector, SelectionKey.OP_ACCEPT);
    Thread t = new Thread(() -> {
      ByteBuffer sink = ByteBuffer.allocate(8192);
      try {
        while (true) {
          selector.select();
          for (SelectionKey k : selector.selectedKeys()) {
            if (k.isAcceptable()) {
              SocketChannel c = server.accept();
              if (c == null) continue;
              c.configureBlocking(false);
              c.register(selector, SelectionKey.OP_READ);
            } else if (k.isReadable()) {
              sink.clear();
              SocketChannel c = (SocketChannel) k.channel();
              int n;
              try {
                n = c.read(sink);
              } catch (IOException reset) {
                n = -1;
              }
              if (n < 0) {
                k.cancel();
                c.close();
              }
            }
          }
          selector.selectedKeys().clear();
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }, "silent");
    t.setDaemon(true);
    t.start();
    return server.socket().getLocalPort();
  }
}
