package com.wekruit.valet.http;

import okhttp3.HttpUrl;

/** Refuses to send credentials in clear text to anything but this machine. */
final class Loopback {
  private Loopback() {}

  static boolean isLoopback(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
  }

  static void requireSafe(HttpUrl url, Credentials credentials) {
    if (credentials != Credentials.NONE && !url.isHttps() && !isLoopback(url.host())) {
      throw new IllegalArgumentException(
          "baseUrl: refusing to send credentials over plain HTTP to " + url.host() + " (use https, or loopback for tests)");
    }
  }
}
