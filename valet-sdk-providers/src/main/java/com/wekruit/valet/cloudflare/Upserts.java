package com.wekruit.valet.cloudflare;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;

/** Compares a record with the desired state and builds the patch for the difference. */
final class Upserts {
  /** Older first (a record without a creation time counts as newest), then by id, so every writer picks the same. */
  static final Comparator<DnsRecord> OLDEST_FIRST = Comparator.comparing(DnsRecord::createdOn,
      Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(DnsRecord::id);

  private Upserts() {}

  /** DNS names compare without case and without a trailing dot. */
  static boolean sameName(String a, String b) {
    return a != null && b != null && stripDot(a).equalsIgnoreCase(stripDot(b));
  }

  /** Whether the record already is what the request asks for (fields the request leaves out are not compared). */
  static boolean matches(DnsRecord r, DnsRecordRequest want) {
    return sameContent(r, want)
        && (want.ttl() == null || want.ttl() == r.ttl())
        && (want.proxied() == null || want.proxied() == r.proxied())
        && (want.comment() == null || want.comment().equals(r.comment()))
        && (want.tags() == null || new HashSet<>(want.tags()).equals(new HashSet<>(r.tags())));
  }

  /** Type, name and content (the spec's required trio) plus every field the request sets. */
  static DnsRecordPatch patchFor(DnsRecord current, DnsRecordRequest want) {
    DnsRecordPatch.Builder b = DnsRecordPatch.from(current).content(want.content());
    if (want.ttl() != null) b.ttl(want.ttl());
    if (want.proxied() != null) b.proxied(want.proxied());
    if (want.comment() != null) b.comment(want.comment());
    if (want.tags() != null) b.tags(want.tags());
    return b.build();
  }

  /** IPv6 addresses compare by value ({@code 2001:db8::1} equals {@code 2001:0db8:0:0:0:0:0:1}). */
  private static boolean sameContent(DnsRecord r, DnsRecordRequest want) {
    if (Objects.equals(r.content(), want.content())) return true;
    if (r.content() == null || want.type() != DnsRecordType.AAAA) {
      return r.content() != null && want.type() == DnsRecordType.CNAME
          && stripDot(r.content()).equalsIgnoreCase(stripDot(want.content()));
    }
    if (!r.content().contains(":") || !want.content().contains(":")) return false; // literals only: no DNS lookup
    try {
      return java.net.InetAddress.getByName(r.content()).equals(java.net.InetAddress.getByName(want.content()));
    } catch (java.net.UnknownHostException notAnAddress) {
      return false;
    }
  }

  private static String stripDot(String host) {
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }
}
