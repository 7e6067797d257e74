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

  /** The URI with the password of its user-info replaced by {@code ****}. */
  static String redact(String uri) {
    int scheme = uri.indexOf("://");
    int at = uri.indexOf('@', Math.max(0, scheme));
    if (scheme < 0 || at < 0) return "****";
    int colon = uri.indexOf(':', scheme + 3);
    if (colon < 0 || colon > at) return uri;
    return uri.substring(0, colon + 1) + "****" + uri.substring(at);
  }
}
