package com.wekruit.valet.upstash.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A minimal RESP2 connection to a real Redis for {@link FakeUpstash}: commands out, replies in. Not thread-safe. */
final class Resp implements AutoCloseable {
  /** A Redis error reply. */
  record Error(String message) {}

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  Resp(String host, int port) throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress(host, port), 2000);
    socket.setSoTimeout(5000);
    in = new BufferedInputStream(socket.getInputStream());
    out = socket.getOutputStream();
  }

  void send(List<String> args) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(("*" + args.size() + "\r\n").getBytes(StandardCharsets.UTF_8));
    for (String a : args) {
      byte[] v = a.getBytes(StandardCharsets.UTF_8);
      b.write(("$" + v.length + "\r\n").getBytes(StandardCharsets.UTF_8));
      b.write(v);
      b.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.write(b.toByteArray());
    out.flush();
  }

  /** A reply: {@code String} (simple), {@code byte[]} (bulk), {@code Long}, {@code List}, {@link Error} or null. */
  Object read() throws IOException {
    int type = in.read();
    String line = line();
    switch (type) {
      case '+':
        return line;
      case '-':
        return new Error(line);
      case ':':
        return Long.parseLong(line);
      case '$': {
        int n = Integer.parseInt(line);
        if (n < 0) return null;
        byte[] v = in.readNBytes(n);
        line();
        return v;
      }
      case '*': {
        int n = Integer.parseInt(line);
        if (n < 0) return null;
        List<Object> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) items.add(read());
        return items;
      }
      default:
        throw new IOException("not RESP: " + type);
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != '\r') {
      if (c < 0) throw new IOException("connection closed");
      b.write(c);
    }
    in.read();
    return b.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
