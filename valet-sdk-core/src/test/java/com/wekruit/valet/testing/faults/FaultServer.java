package com.wekruit.valet.testing.faults;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A misbehaving loopback HTTP/1.1 server for fault tests: answers with scripted {@link Reply}s in order (then the
 * fallback), keeps connections alive between well-formed answers, and records every request it receives, so tests
 * count what reached the server. Thread-safe.
 */
public final class FaultServer implements AutoCloseable {
  /** A request as received. */
  public record Received(String method, String path, String query, Map<String, String> headers, String body) {}

  private final ServerSocket server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
  private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private volatile Reply fallback = Reply.json(404, "{}");

  public FaultServer() throws IOException {
    Thread acceptor = new Thread(this::accept, "fault-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** Answers the next requests with these, in order. */
  public FaultServer then(Reply... replies) {
    script.addAll(List.of(replies));
    return this;
  }

  /** Answers every request not scripted with this. */
  public FaultServer otherwise(Reply reply) {
    fallback = reply;
    return this;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  /**
   * Waits (up to {@code max}) until at least {@code n} requests were read: a client can give up on a request before
   * a busy machine's server thread has read it. Returns how many arrived.
   */
  public int awaitReceived(int n, java.time.Duration max) throws InterruptedException {
    long until = System.nanoTime() + max.toNanos();
    synchronized (received) {
      while (received.size() < n) {
        long left = until - System.nanoTime();
        if (left <= 0) break;
        java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(received, left);
      }
      return received.size();
    }
  }

  /** How many requests with this method and path arrived. */
  public long count(String method, String path) {
    return received.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).count();
  }

  /** Forgets the script and what was received. */
  public void reset() {
    script.clear();
    received.clear();
    fallback = Reply.json(404, "{}");
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        sockets.add(s);
        Thread t = new Thread(() -> serve(s), "fault-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      InputStream in = new BufferedInputStream(s.getInputStream());
      while (true) {
        Received r = read(in);
        if (r == null) return;
        synchronized (received) {
          received.add(r);
          received.notifyAll();
        }
        Reply reply = script.poll();
        if (!(reply != null ? reply : fallback).writer.write(s, s.getOutputStream())) return;
      }
    } catch (IOException | InterruptedException | RuntimeException gone) {
      // the client went away or the test closed the server
    }
  }

  private static Received read(InputStream in) throws IOException {
    String line = line(in);
    if (line == null || line.isEmpty()) return null;
    String[] parts = line.split(" ");
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    String h;
    while ((h = line(in)) != null && !h.isEmpty()) {
      int c = h.indexOf(':');
      if (c > 0) headers.put(h.substring(0, c).trim(), h.substring(c + 1).trim());
    }
    int length = Integer.parseInt(headers.getOrDefault("Content-Length", "0"));
    byte[] body = in.readNBytes(length);
    String target = parts.length > 1 ? parts[1] : "/";
    int q = target.indexOf('?');
    return new Received(parts[0].toUpperCase(Locale.ROOT), q < 0 ? target : target.substring(0, q),
        q < 0 ? null : target.substring(q + 1), headers, new String(body, StandardCharsets.UTF_8));
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') break;
      if (c != '\r') b.write(c);
    }
    if (c == -1 && b.size() == 0) return null;
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : sockets) s.close();
  }

  /** For messages: the requests received. */
  @Override
  public String toString() {
    List<String> r = new ArrayList<>();
    for (Received x : received) r.add(x.method() + " " + x.path());
    return "FaultServer" + r;
  }
}
