package com.wekruit.valet.health.checks;

import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.Deadline;
import com.wekruit.valet.health.HealthCheck;
import com.wekruit.valet.health.Reason;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** UP when a TCP connection to host:port opens within the deadline. {@link #close()} aborts a connect in flight. */
public final class TcpCheck implements HealthCheck {
  private final String host;
  private final int port;
  private final TrackedSockets sockets = new TrackedSockets();

  private TcpCheck(String host, int port) {
    this.host = host;
    this.port = port;
  }

  public static TcpCheck of(String host, int port) {
    HostPort.require(host, port);
    return new TcpCheck(host, port);
  }

  @Override
  public CheckResult check(Deadline deadline) {
    if (deadline.expired()) return CheckResult.down(Reason.TIMEOUT, "no time left to connect");
    try (Socket s = sockets.newSocket()) {
      s.connect(new InetSocketAddress(host, port), deadline.remainingMillis());
      return CheckResult.up();
    } catch (SocketTimeoutException e) {
      return CheckResult.down(Reason.TIMEOUT, "connect timed out");
    } catch (IOException e) {
      return CheckResult.down(Reason.CONNECT_FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** Aborts a connect in flight and refuses further runs. Idempotent; any thread. */
  @Override
  public void close() {
    sockets.close();
  }
}
