package com.wekruit.valet.cloudflare;

/**
 * Filters for listing zones. {@code name} is an exact match unless it carries one of Cloudflare's operators
 * ({@code contains:}, {@code starts_with:}, {@code ends_with:}). Start from {@link #all()}. Immutable.
 */
public record ZoneQuery(String name, Zone.ZoneStatus status, String accountId) {
  /** Zones per page: the API's maximum. */
  public static final int PER_PAGE = 50;

  public ZoneQuery {
    if (status == Zone.ZoneStatus.UNKNOWN) throw new IllegalArgumentException("status: UNKNOWN is not a filter");
  }

  public static ZoneQuery all() {
    return new ZoneQuery(null, null, null);
  }

  public ZoneQuery name(String n) {
    return new ZoneQuery(n, status, accountId);
  }

  public ZoneQuery status(Zone.ZoneStatus s) {
    return new ZoneQuery(name, s, accountId);
  }

  /** Only zones of this account (tells apart equal names in several accounts). */
  public ZoneQuery accountId(String id) {
    return new ZoneQuery(name, status, id);
  }
}
