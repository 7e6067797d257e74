package com.wekruit.valet.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal RESP client on one socket: send a command, read a simple, error or bulk reply. Not API (shared by the
 * health checks, metric sources and the Redis actuator). Anything that is not RESP
 * (an HTTP server on the port, a malformed length) is a {@link NotResp}, never an unchecked exception. Not thread-safe.
 */
public final class RespConnection implements AutoCloseable {
  private static final int MAX_BULK = 1 << 20;
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final byte[] line = new byte[512];

  /** The reply broke the protocol. */
  public static final class NotResp extends IOException {
    private static final long serialVersionUID = 1L;

    public NotResp(String message) {
      super(message);
    }
  }

  public RespConnection(Socket socket, String host, int port, int timeoutMillis) throws IOException {
    this.socket = socket;
    try {
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), timeoutMillis);
      in = new BufferedInputStream(socket.getInputStream(), 8192);
      out = socket.getOutputStream();
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  public static byte[] command(String... args) {
    StringBuilder b = new StringBuilder().append('*').append(args.length).append("\r\n");
    for (String a : args) {
      byte[] bytes = a.getBytes(StandardCharsets.UTF_8);
      b.append('$').append(bytes.length).append("\r\n").append(a).append("\r\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  public void timeout(int millis) throws IOException {
    socket.setSoTimeout(millis);
  }

  public void send(byte[] command) throws IOException {
    out.write(command);
    out.flush();
  }

  /** Reads a reply line into the buffer; returns its length (without CRLF). */
  public int readLine() throws IOException {
    int n = 0;
    while (true) {
      int c = in.read();
      if (c < 0) throw new IOException("connection closed by server");
      if (c == '\r') {
        if (in.read() != '\n') throw new NotResp("malformed RESP line");
        return n;
      }
      if (n == line.length) throw new NotResp("RESP line too long");
      line[n++] = (byte) c;
    }
  }

  /** Whether the last line read equals {@code expected} (e.g. {@code +PONG}), without allocating. */
  public boolean lineEquals(int length, byte[] expected) {
    if (length != expected.length) return false;
    for (int i = 0; i < length; i++) if (line[i] != expected[i]) return false;
    return true;
  }

  public String lineString(int length) {
    return new String(line, 0, length, StandardCharsets.UTF_8);
  }

  /** The {@code field:value} lines of an {@code INFO} reply; section headers are skipped. */
  public static java.util.Map<String, String> parseInfo(String info) {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    for (String l : info.split("\r\n")) {
      int colon = l.indexOf(':');
      if (colon > 0 && !l.startsWith("#")) m.put(l.substring(0, colon), l.substring(colon + 1));
    }
    return m;
  }

  /** Reads an integer reply ({@code :n}); an error or any other reply is {@link NotResp}. */
  public long readInteger() throws IOException {
    int n = readLine();
    if (n < 2 || line[0] != ':') throw new NotResp("expected an integer reply, got " + lineString(Math.min(n, 40)));
    long v = 0;
    boolean negative = line[1] == '-';
    for (int i = negative ? 2 : 1; i < n; i++) {
      if (line[i] < '0' || line[i] > '9') throw new NotResp("malformed integer reply");
      v = v * 10 + (line[i] - '0');
    }
    return negative ? -v : v;
  }

  /** Reads a simple-string reply and returns it without the {@code +}; an error reply is {@link NotResp}. */
  public String readSimple() throws IOException {
    int n = readLine();
    if (n < 1 || line[0] != '+') throw new NotResp("expected +OK, got " + lineString(Math.min(n, 80)));
    return new String(line, 1, n - 1, StandardCharsets.UTF_8);
  }

  /** Reads a bulk string reply ({@code $len}); an error reply, a bad or huge length is {@link NotResp}. */
  public String readBulk() throws IOException {
    int n = readLine();
    if (n < 2 || line[0] != '$') throw new NotResp("expected a bulk reply, got " + lineString(Math.min(n, 40)));
    long len = 0;
    for (int i = 1; i < n; i++) {
      if (line[i] < '0' || line[i] > '9' || (len = len * 10 + (line[i] - '0')) > MAX_BULK) {
        throw new NotResp("malformed bulk length " + lineString(Math.min(n, 40)));
      }
    }
    byte[] data = in.readNBytes((int) len + 2);
    if (data.length != len + 2) throw new IOException("connection closed by server");
    if (data[(int) len] != '\r' || data[(int) len + 1] != '\n') throw new NotResp("bulk reply without CRLF");
    return new String(data, 0, (int) len, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
