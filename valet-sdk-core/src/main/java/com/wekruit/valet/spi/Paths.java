package com.wekruit.valet.spi;

import java.nio.charset.StandardCharsets;

/** Builds request paths from segments, each percent-encoded, so an id can never change the path's shape. */
public final class Paths {
  private static final String HEX = "0123456789ABCDEF";

  private Paths() {}

  /** {@code of("servers", 42, "actions")} is {@code /servers/42/actions}. */
  public static String of(Object... segments) {
    StringBuilder b = new StringBuilder();
    for (Object s : segments) b.append('/').append(segment(String.valueOf(s)));
    return b.toString();
  }

  /** One path segment, percent-encoded; empty, {@code .} and {@code ..} are refused. */
  public static String segment(String s) {
    if (s.isEmpty() || s.equals(".") || s.equals("..")) {
      throw new IllegalArgumentException("not a usable path segment: '" + s + "'");
    }
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
