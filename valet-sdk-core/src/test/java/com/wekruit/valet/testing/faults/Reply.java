package com.wekruit.valet.testing.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One scripted answer of a {@link FaultServer}: a well-formed HTTP response, or one of the ways servers and proxies
 * misbehave (reset, empty reply, garbage, a hang, an endless or truncated body, a malformed chunk).
 */
public final class Reply {
  /** Writes the answer; returns whether the connection may serve another request. */
  interface Writer {
    boolean write(Socket socket, OutputStream out) throws IOException, InterruptedException;
  }

  private final String name;
  final Writer writer;

  private Reply(String name, Writer writer) {
    this.name = name;
    this.writer = writer;
  }

  /** A complete response with a body and headers (name, value, ...). */
  public static Reply of(int status, String contentType, String body, String... headers) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    List<String> h = new ArrayList<>(List.of(headers));
    return new Reply(status + " " + contentType, (s, out) -> {
      StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
      if (contentType != null) head.append("Content-Type: ").append(contentType).append("\r\n");
      for (int i = 0; i + 1 < h.size(); i += 2) head.append(h.get(i)).append(": ").append(h.get(i + 1)).append("\r\n");
      head.append("Content-Length: ").append(b.length).append("\r\n\r\n");
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(b);
      out.flush();
      return true;
    });
  }

  public static Reply json(int status, String body, String... headers) {
    return of(status, "application/json", body, headers);
  }

  public static Reply html(int status, String html) {
    return of(status, "text/html", html);
  }

  /** Closes the connection with a TCP reset before answering. */
  public static Reply reset() {
    return new Reply("connection reset", (s, out) -> {
      s.setSoLinger(true, 0);
      s.close();
      return false;
    });
  }

  /** Closes the connection without a byte. */
  public static Reply emptyReply() {
    return new Reply("empty reply", (s, out) -> {
      s.close();
      return false;
    });
  }

  /** Raw bytes, then close: a non-HTTP server or a broken proxy. */
  public static Reply garbage(String bytes) {
    return new Reply("garbage", (s, out) -> {
      out.write(bytes.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      s.close();
      return false;
    });
  }

  /** Accepts the request and never answers (until the server closes). */
  public static Reply hang() {
    return new Reply("hang", (s, out) -> {
      com.wekruit.valet.testing.Stall.forever();
      return false;
    });
  }

  /** A 200 whose chunked body starts with {@code prefix} (e.g. an open JSON string) and never ends. */
  public static Reply endless(String contentType, String prefix) {
    return new Reply("endless body", (s, out) -> {
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
      out.write((Integer.toHexString(p.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(p);
      out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
      byte[] chunk = ("4000\r\n" + "a".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
      while (true) out.write(chunk);
    });
  }

  /** Promises {@code declared} bytes, sends {@code partial} and closes. */
  public static Reply truncated(int status, int declared, String partial) {
    return new Reply("truncated body", (s, out) -> {
      out.write(("HTTP/1.1 " + status + " " + reason(status) + "\r\nContent-Type: application/json\r\nContent-Length: "
          + declared + "\r\n\r\n" + partial).getBytes(StandardCharsets.UTF_8));
      out.flush();
      s.close();
      return false;
    });
  }

  /** A chunked body with an invalid chunk size. */
  public static Reply malformedChunk() {
    return new Reply("malformed chunk", (s, out) -> {
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      s.close();
      return false;
    });
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 204 -> "No Content";
      case 307 -> "Temporary Redirect";
      case 401 -> "Unauthorized";
      case 404 -> "Not Found";
      case 408 -> "Request Timeout";
      case 421 -> "Misdirected Request";
      case 429 -> "Too Many Requests";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      default -> "Status";
    };
  }

  @Override
  public String toString() {
    return name;
  }
}
