package com.wekruit.valet.spi;

/** Builds request paths from segments, each percent-encoded, so an id can never change the path's shape. */
public final class Paths {
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
    return com.wekruit.valet.internal.PercentEncoding.encodeAll(s);
  }
}
