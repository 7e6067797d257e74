package com.wekruit.valet.betterstack.logs;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;

/**
 * Sockets with {@code TCP_NODELAY}. OkHttp leaves Nagle's algorithm on; a request body larger than one segment then
 * ends with a small segment that waits for the server's delayed ACK (about 40 ms on Linux), which capped the sender
 * at about 12 batches a second on loopback. Measured in valet-sdk-bench (LogShipBench).
 */
final class NoDelaySockets extends SocketFactory {
  private final SocketFactory delegate;

  private NoDelaySockets(SocketFactory delegate) {
    this.delegate = delegate;
  }

  /** {@code client} with the same pool and dispatcher and no-delay sockets. */
  static OkHttpClient on(OkHttpClient client) {
    if (client.socketFactory() instanceof NoDelaySockets) return client;
    return client.newBuilder().socketFactory(new NoDelaySockets(client.socketFactory())).build();
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
