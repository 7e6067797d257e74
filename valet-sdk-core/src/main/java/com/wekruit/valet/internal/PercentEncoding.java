package com.wekruit.valet.internal;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of everything but RFC 3986 unreserved characters, as path segments are sent. Not API. */
public final class PercentEncoding {
  private static final String HEX = "0123456789ABCDEF";

  private PercentEncoding() {}

  public static String encodeAll(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
      }
    }
    return b.toString();
  }
}
