package com.wekruit.valet.attack;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bare server for attacks: counts request heads it receives (request line + headers; the body is NOT read unless
 * the handler does it) and lets a handler write anything. One request per connection, then close.
 */
public final class RawServer implements AutoCloseable {
  /** Writes the answer to one request; {@code head} is the request line and headers as received. */
  public interface Handler {
    void handle(int n, String head, InputStream in, OutputStream out) throws Exception;
  }

  private final ServerSocket server;
  private final Handler handler;
  private final AtomicInteger count = new AtomicInteger();
  private final List<String> heads = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  public RawServer(Handler handler) throws IOException {
    this(InetAddress.getLoopbackAddress(), handler);
  }

  public RawServer(InetAddress bind, Handler handler) throws IOException {
    this.server = new ServerSocket(0, 64, bind);
    this.handler = handler;
    Thread t = new Thread(this::accept, "raw-server");
    t.setDaemon(true);
    t.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  public String host() {
    String h = server.getInetAddress().getHostAddress();
    return h.contains(":") ? "[" + h + "]" : h;
  }

  public String url() {
    return "http://" + host() + ":" + port();
  }

  public int count() {
    return count.get();
  }

  public List<String> heads() {
    return List.copyOf(heads);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        sockets.add(s);
        Thread t = new Thread(() -> serve(s), "raw-conn");
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
      StringBuilder head = new StringBuilder();
      String line;
      while ((line = line(in)) != null && !line.isEmpty()) head.append(line).append('\n');
      if (head.length() == 0) return;
      heads.add(head.toString());
      int n = count.incrementAndGet();
      OutputStream out = s.getOutputStream();
      handler.handle(n, head.toString(), in, out);
      out.flush();
    } catch (Exception gone) {
      // client went away
    }
  }

  /** Reads the request body by Content-Length (for handlers that want to). */
  public static byte[] body(String head, InputStream in) throws IOException {
    for (String l : head.split("\n")) {
      if (l.toLowerCase().startsWith("content-length:")) return in.readNBytes(Integer.parseInt(l.substring(15).trim()));
    }
    return new byte[0];
  }

  public static void write(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
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
}
