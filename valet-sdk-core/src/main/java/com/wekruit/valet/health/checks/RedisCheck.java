package com.wekruit.valet.health.checks;

import com.wekruit.valet.internal.RespConnection;
import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.Deadline;
import com.wekruit.valet.health.HealthCheck;
import com.wekruit.valet.health.Reason;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Redis over RESP on a raw socket kept between runs: {@code AUTH} when configured, then {@code PING} expecting
 * {@code PONG}. {@code NOAUTH}/{@code WRONGPASS} are DEGRADED/AUTH_FAILED (the server is up), {@code LOADING} and
 * {@code MASTERDOWN} DOWN/REJECTING. With {@link Builder#info} each run also reads {@code INFO memory} and
 * {@code INFO clients}; {@code maxmemory 0} means no limit, which the details say instead of a percentage. Any other
 * reply (an {@code -ERR} to PING, an HTTP server on the port, a malformed length) is DOWN/BAD_RESPONSE.
 * {@link #close()} may be called from any thread: it aborts a run in flight and keeps no connection afterwards.
 */
public final class RedisCheck implements HealthCheck {
  private static final byte[] PING = RespConnection.command("PING");
  private static final byte[] PONG = "+PONG".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OK = "+OK".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] INFO_MEMORY = RespConnection.command("INFO", "memory");
  private static final byte[] INFO_CLIENTS = RespConnection.command("INFO", "clients");
  private final String host;
  private final int port;
  private final byte[] auth;
  private final boolean info;
  private final double memoryLimit;
  private final TrackedSockets sockets = new TrackedSockets();
  private final Cutoff cutoff = new Cutoff(sockets::closeAll);
  private volatile boolean closed;
  private volatile RespConnection connection;

  private RedisCheck(Builder b) {
    this.host = b.host;
    this.port = b.port;
    this.auth = b.password == null ? null
        : b.username == null ? RespConnection.command("AUTH", b.password)
        : RespConnection.command("AUTH", b.username, b.password);
    this.info = b.info;
    this.memoryLimit = b.memoryLimit;
  }

  public static Builder builder(String host, int port) {
    return new Builder(host, port);
  }

  @Override
  public CheckResult check(Deadline deadline) {
    if (deadline.expired()) return CheckResult.down(Reason.TIMEOUT, "no time left before the first byte");
    // Socket timeouts apply per read: a server trickling one byte at a time would keep the run past its deadline.
    // At the deadline the cut-off closes the check's sockets, so a blocked read returns at once.
    cutoff.begin(deadline);
    try {
      return run(deadline);
    } finally {
      cutoff.end(deadline);
    }
  }

  private CheckResult run(Deadline deadline) {
    boolean reused = connection != null;
    try {
      return probe(deadline);
    } catch (IOException first) {
      dropConnection();
      if (!reused || closed || deadline.expired() || first instanceof RespConnection.NotResp) {
        return failure(first, deadline);
      }
      try {
        return probe(deadline); // the kept connection may have died with a restart: one fresh attempt
      } catch (IOException second) {
        dropConnection();
        return failure(second, deadline);
      }
    }
  }

  private CheckResult probe(Deadline deadline) throws IOException {
    RespConnection c = connection;
    if (c == null) {
      c = new RespConnection(sockets.newSocket(), host, port, deadline.remainingMillis());
      connection = c;
      if (closed) throw new IOException("check is closed");
      if (auth != null) {
        c.timeout(deadline.remainingMillis());
        c.send(auth);
        int n = c.readLine();
        if (!c.lineEquals(n, OK)) {
          dropConnection();
          return RespReplies.judge(c.lineString(n), true);
        }
      }
    }
    c.timeout(deadline.remainingMillis());
    c.send(PING);
    int n = c.readLine();
    if (!c.lineEquals(n, PONG)) {
      dropConnection();
      return RespReplies.judge(c.lineString(n), false);
    }
    return info ? info(c) : CheckResult.up();
  }

  private CheckResult info(RespConnection c) throws IOException {
    c.send(INFO_MEMORY);
    Map<String, String> mem = RespConnection.parseInfo(c.readBulk());
    c.send(INFO_CLIENTS);
    Map<String, String> clients = RespConnection.parseInfo(c.readBulk());
    Map<String, Object> d = new LinkedHashMap<>();
    long used = number(mem, "used_memory");
    long max = number(mem, "maxmemory");
    d.put("usedMemory", used);
    d.put("maxmemory", max);
    d.put("maxmemoryPolicy", mem.getOrDefault("maxmemory_policy", "unknown"));
    d.put("connectedClients", number(clients, "connected_clients"));
    d.put("blockedClients", number(clients, "blocked_clients"));
    if (max == 0) {
      d.put("memoryLimit", "none (maxmemory 0: no limit; judge against host memory)");
      return CheckResult.up(d);
    }
    double percent = Math.round(used * 1000.0 / max) / 10.0;
    d.put("usedMemoryPercent", percent);
    if (memoryLimit > 0 && percent > memoryLimit) {
      return CheckResult.degraded(Reason.CAPACITY, percent + " % of maxmemory used", d);
    }
    return CheckResult.up(d);
  }

  private static long number(Map<String, String> info, String field) throws RespConnection.NotResp {
    try {
      return Long.parseLong(info.getOrDefault(field, "0").trim());
    } catch (NumberFormatException e) {
      throw new RespConnection.NotResp("INFO field " + field + " is not a number");
    }
  }

  private CheckResult failure(IOException e, Deadline deadline) {
    if (deadline.expired() && !closed) return CheckResult.down(Reason.TIMEOUT, "no complete reply within the deadline");
    if (e instanceof RespConnection.NotResp) return CheckResult.down(Reason.BAD_RESPONSE, e.getMessage());
    if (e instanceof SocketTimeoutException) return CheckResult.down(Reason.TIMEOUT, "no reply within the deadline");
    if (e instanceof ConnectException) return CheckResult.down(Reason.CONNECT_FAILED, "connection refused");
    return CheckResult.down(Reason.CONNECT_FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  /** Aborts a run in flight and keeps no connection afterwards. Idempotent; any thread. */
  @Override
  public void close() {
    closed = true;
    sockets.close();
    connection = null;
  }

  private void dropConnection() {
    RespConnection c = connection;
    connection = null;
    if (c != null) c.close();
  }

  @Override
  public String toString() {
    return "RedisCheck[" + host + ":" + port + (auth == null ? "" : ", auth ****") + "]";
  }

  /** Configures a {@link RedisCheck}; the password never appears in messages or {@code toString()}. */
  public static final class Builder {
    private final String host;
    private final int port;
    private String username;
    private String password;
    private boolean info;
    private double memoryLimit;

    private Builder(String host, int port) {
      HostPort.require(host, port);
      this.host = host;
      this.port = port;
    }

    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** ACL user (Redis 6+); without it {@code AUTH password} is sent. */
    public Builder username(String username) {
      this.username = username;
      return this;
    }

    /** Read {@code INFO memory} and {@code INFO clients} each run. */
    public Builder info(boolean info) {
      this.info = info;
      return this;
    }

    /** Above this percentage of {@code maxmemory} the check is DEGRADED/CAPACITY; implies {@link #info}. */
    public Builder memoryLimit(double percent) {
      if (!(percent > 0 && percent <= 100)) throw new IllegalArgumentException("memoryLimit: percent in (0, 100]: " + percent);
      this.memoryLimit = percent;
      this.info = true;
      return this;
    }

    public RedisCheck build() {
      return new RedisCheck(this);
    }
  }
}
