package com.wekruit.valet.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP server that accepts connections and then never answers, or (with a prefix) answers the first bytes of an HTTP
 * response and then goes silent: the two ways a dependency hangs a naive health check.
 */
public final class SilentServer implements AutoCloseable {
  private final ServerSocket server;
  private final List<Socket> accepted = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  private SilentServer(byte[] prefix) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          accepted.add(s);
          if (prefix.length > 0) {
            OutputStream out = s.getOutputStream();
            out.write(prefix);
            out.flush();
          }
        } catch (IOException closed) {
          return;
        }
      }
    }, "silent-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Accepts and never writes a byte. */
  public static SilentServer neverAnswers() throws IOException {
    return new SilentServer(new byte[0]);
  }

  /** Sends the status line, headers and the first bytes of a body it promises to be 1000 bytes, then stalls. */
  public static SilentServer dribbles() throws IOException {
    return new SilentServer(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\nOK")
        .getBytes(StandardCharsets.US_ASCII));
  }

  public int port() {
    return server.getLocalPort();
  }

  public int acceptedConnections() {
    return accepted.size();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : accepted) s.close();
  }
}
