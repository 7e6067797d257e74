package com.wekruit.valet.health.checks;

/** Validates the host and port of a check at build time, naming the field. */
final class HostPort {
  private HostPort() {}

  static void require(String host, int port) {
    if (host == null || host.isBlank()) throw new IllegalArgumentException("host: empty");
    if (port < 1 || port > 65535) throw new IllegalArgumentException("port: out of range: " + port);
  }
}
