package com.wekruit.valet.health.checks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.SocketFactory;

/**
 * Gives pgjdbc the sockets of one {@link PostgresCheck} (through its {@code socketFactory} property), so that the check
 * can close them at a sub-second deadline and on {@code close()}. Public only because pgjdbc instantiates it by
 * reflection; not for direct use. Thread-safe.
 */
public final class PgSocketFactory extends SocketFactory {
  private static final Map<String, TrackedSockets> CHECKS = new ConcurrentHashMap<>();
  private final TrackedSockets sockets;

  /** @param checkId the id a {@link PostgresCheck} registered */
  public PgSocketFactory(String checkId) {
    TrackedSockets s = CHECKS.get(checkId);
    if (s == null) throw new IllegalStateException("PgSocketFactory: no open check with this id");
    this.sockets = s;
  }

  static void register(String checkId, TrackedSockets sockets) {
    CHECKS.put(checkId, sockets);
  }

  static void unregister(String checkId) {
    CHECKS.remove(checkId);
  }

  @Override
  public Socket createSocket() throws IOException {
    return sockets.newSocket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    throw new UnsupportedOperationException("pgjdbc connects unconnected sockets");
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
    throw new UnsupportedOperationException("pgjdbc connects unconnected sockets");
  }

  @Override
  public Socket createSocket(InetAddress host, int port) {
    throw new UnsupportedOperationException("pgjdbc connects unconnected sockets");
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
    throw new UnsupportedOperationException("pgjdbc connects unconnected sockets");
  }
}
