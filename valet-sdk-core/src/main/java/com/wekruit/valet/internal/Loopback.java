package com.wekruit.valet.internal;

import java.util.regex.Pattern;

/** Whether a URL host is this machine: {@code localhost} or a loopback IP literal, nothing resolved. Not API. */
public final class Loopback {
  private static final Pattern IPV4_LOOPBACK =
      Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){2}");

  private Loopback() {}

  /** {@code host} as OkHttp's {@code HttpUrl.host()} gives it (IPv6 without brackets, lower case). */
  public static boolean isLoopback(String host) {
    if (host == null) return false;
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1") || IPV4_LOOPBACK.matcher(h).matches();
  }
}
