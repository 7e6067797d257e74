package com.wekruit.valet.spi;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Sockets with {@code TCP_NODELAY}. OkHttp leaves Nagle's algorithm on; a request body larger than one segment then
 * ends with a small segment that waits for the server's delayed ACK (about 40 ms on Linux), which capped the Better
 * Stack log sender at about 12 batches a second on loopback (valet-sdk-bench LogShipBench). Every transport uses it.
 */
final class NoDelaySockets extends SocketFactory {
  private final SocketFactory delegate;

  private NoDelaySockets(SocketFactory delegate) {
    this.delegate = delegate;
  }

  /** {@code factory}'s sockets with {@code TCP_NODELAY}. */
  static SocketFactory wrap(SocketFactory factory) {
    return factory instanceof NoDelaySockets ? factory : new NoDelaySockets(factory);
  }

  private static Socket noDelay(Socket s) throws IOException {
    s.setTcpNoDelay(true);
    return s;
  }

  @Override
  public Socket createSocket() throws IOException {
    return noDelay(delegate.createSocket());
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return noDelay(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
    return noDelay(delegate.createSocket(host, port, local, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return noDelay(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
    return noDelay(delegate.createSocket(host, port, local, localPort));
  }
}
