package com.wekruit.valet.internal;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;

/**
 * One short Redis conversation over {@link RespConnection}: connect, {@code AUTH} when a password is given, then
 * {@code INFO}, {@code LLEN} or {@code CONFIG SET}. Every read is bounded by the timeout. Not API; not thread-safe.
 */
public final class RedisSession implements AutoCloseable {
  private final RespConnection c;

  private RedisSession(RespConnection c) {
    this.c = c;
  }

  /** Connects and authenticates; {@code username} may be null (plain {@code AUTH password}). */
  public static RedisSession open(String host, int port, String username, String password, Duration timeout)
      throws IOException {
    int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    RespConnection c = new RespConnection(new Socket(), host, port, millis);
    try {
      c.timeout(millis);
      if (password != null) {
        c.send(username == null ? RespConnection.command("AUTH", password)
            : RespConnection.command("AUTH", username, password));
        c.readSimple();
      }
      return new RedisSession(c);
    } catch (IOException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /** {@code INFO section} as fields. */
  public Map<String, String> info(String section) throws IOException {
    c.send(RespConnection.command("INFO", section));
    return RespConnection.parseInfo(c.readBulk());
  }

  public long llen(String key) throws IOException {
    c.send(RespConnection.command("LLEN", key));
    return c.readInteger();
  }

  public void configSet(String parameter, String value) throws IOException {
    c.send(RespConnection.command("CONFIG", "SET", parameter, value));
    c.readSimple();
  }

  /** A numeric INFO field; a missing or non-numeric one is a protocol error. */
  public static long number(Map<String, String> info, String field) throws RespConnection.NotResp {
    String v = info.get(field);
    try {
      return Long.parseLong(v == null ? "" : v.trim());
    } catch (NumberFormatException e) {
      throw new RespConnection.NotResp("INFO field " + field + " is missing or not a number");
    }
  }

  @Override
  public void close() {
    c.close();
  }
}
