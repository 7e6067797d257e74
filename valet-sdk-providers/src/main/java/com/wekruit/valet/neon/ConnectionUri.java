package com.wekruit.valet.neon;

import java.util.Objects;

/**
 * A Postgres connection URI ({@code postgresql://role:password@host/db?sslmode=require}); pooled URIs point at the
 * {@code -pooler} host. The URI carries the role's password: {@link #toString()} hides it; pass {@link #uri()} to
 * the driver and nowhere else.
 */
public record ConnectionUri(String uri) {
  public ConnectionUri {
    Objects.requireNonNull(uri, "uri");
  }

  /** Whether the URI points at Neon's connection pooler. */
  public boolean pooled() {
    return uri.contains("-pooler.");
  }

  @Override
  public String toString() {
    return "ConnectionUri[" + redact(uri) + "]";
  }

  /**
   * The URI with every password hidden: the one in its user-info (up to the last {@code @}, so a password with an
   * unescaped {@code @} is hidden whole) and any {@code password=} query parameter. Text that is not a URI is hidden
   * entirely. When unsure it hides more, never less.
   */
  static String redact(String uri) {
    int scheme = uri.indexOf("://");
    if (scheme < 0) return "****";
    String head = uri.substring(0, scheme + 3);
    String rest = uri.substring(scheme + 3);
    int at = rest.lastIndexOf('@');
    if (at >= 0) {
      int colon = rest.indexOf(':');
      if (colon >= 0 && colon < at) rest = rest.substring(0, colon + 1) + "****" + rest.substring(at);
    }
    return head + PASSWORD_PARAM.matcher(rest).replaceAll("$1****");
  }

  private static final java.util.regex.Pattern PASSWORD_PARAM =
      java.util.regex.Pattern.compile("(?i)([?&](?:password|pass|pwd)=)[^&#]*");
}
