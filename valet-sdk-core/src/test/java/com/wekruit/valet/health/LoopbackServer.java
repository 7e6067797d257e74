package com.wekruit.valet.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A real TCP server on 127.0.0.1 that misbehaves on purpose: each accepted connection is handed to a script on a
 * thread of its own. Tracks its connections so that a test can see whether the client closed them.
 */
public final class LoopbackServer implements AutoCloseable {
  /** What the server does with one connection. */
  @FunctionalInterface
  public interface Script {
    void serve(InputStream in, OutputStream out) throws IOException;
  }

  private final ServerSocket server;
  private final List<Socket> accepted = new CopyOnWriteArrayList<>();
  private final AtomicInteger finished = new AtomicInteger();

  private LoopbackServer(Script script) throws IOException {
    server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          accepted.add(s);
          Thread t = new Thread(() -> {
            try {
              script.serve(s.getInputStream(), s.getOutputStream());
            } catch (IOException closed) {
              // the client went away
            } finally {
              finished.incrementAndGet();
            }
          }, "loopback-conn");
          t.setDaemon(true);
          t.start();
        } catch (IOException closed) {
          return;
        }
      }
    }, "loopback-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public static LoopbackServer start(Script script) throws IOException {
    return new LoopbackServer(script);
  }

  /** Accepts and never answers (reads and discards what the client sends). */
  public static LoopbackServer silent() throws IOException {
    return start((in, out) -> {
      while (in.read() >= 0) {
        // swallow
      }
    });
  }

  /** Answers every request with {@code reply}, after reading what the client sent first. */
  public static LoopbackServer replying(String... replies) throws IOException {
    return start((in, out) -> {
      byte[] buf = new byte[4096];
      for (String reply : replies) {
        if (in.read(buf) < 0) return;
        out.write(reply.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      }
      while (in.read(buf) >= 0) {
        // hold the connection
      }
    });
  }

  public int port() {
    return server.getLocalPort();
  }

  public int acceptedConnections() {
    return accepted.size();
  }

  /** Waits until {@code n} connections were accepted; false on timeout. */
  public boolean awaitAccepted(int n, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (accepted.size() < n) {
      if (System.nanoTime() - end > 0) return false;
      LockSupport.parkNanos(200_000); // polling a condition, not timing
    }
    return true;
  }

  /**
   * Connections the client has not closed yet: a script ends when it reads end-of-stream (every script here reads
   * until then), so this is accepted minus finished.
   */
  public int openByClient() {
    return accepted.size() - finished.get();
  }

  /** Waits until the client has closed every connection; false on timeout. */
  public boolean awaitAllClosedByClient(Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (openByClient() > 0) {
      if (System.nanoTime() - end > 0) return false;
      LockSupport.parkNanos(200_000); // polling a condition, not timing
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : accepted) s.close();
  }
}
