package com.wekruit.valet.cloudflare;

/**
 * Filters for listing DNS records. Name and content are exact matches, sent as {@code name} and {@code content}: the
 * live API's default operator ({@code name.exact}) and the only form the 2024 spec declares. Start from
 * {@link #all()}; each method returns a new query. Immutable.
 *
 * @param perPage records per page: large pages save the request budget (default 500, at most 5,000; very large
 *     pages can time out on the API's side)
 */
public record DnsRecordQuery(DnsRecordType type, String nameExact, String contentExact, Boolean proxied, String tag,
    int perPage) {
  public static final int DEFAULT_PER_PAGE = 500;

  public DnsRecordQuery {
    if (type == DnsRecordType.UNKNOWN) throw new IllegalArgumentException("type: UNKNOWN is not a filter");
    if (perPage < 1 || perPage > 5_000) throw new IllegalArgumentException("perPage must be 1..5000, was " + perPage);
  }

  public static DnsRecordQuery all() {
    return new DnsRecordQuery(null, null, null, null, null, DEFAULT_PER_PAGE);
  }

  public DnsRecordQuery type(DnsRecordType t) {
    return new DnsRecordQuery(t, nameExact, contentExact, proxied, tag, perPage);
  }

  /** Records with exactly this full name, e.g. {@code app.example.com}. */
  public DnsRecordQuery name(String exact) {
    return new DnsRecordQuery(type, exact, contentExact, proxied, tag, perPage);
  }

  public DnsRecordQuery content(String exact) {
    return new DnsRecordQuery(type, nameExact, exact, proxied, tag, perPage);
  }

  public DnsRecordQuery proxied(boolean p) {
    return new DnsRecordQuery(type, nameExact, contentExact, p, tag, perPage);
  }

  /** Records carrying this tag ({@code name:value}, or {@code name} for any value). */
  public DnsRecordQuery tag(String t) {
    return new DnsRecordQuery(type, nameExact, contentExact, proxied, t, perPage);
  }

  public DnsRecordQuery perPage(int n) {
    return new DnsRecordQuery(type, nameExact, contentExact, proxied, tag, n);
  }
}
