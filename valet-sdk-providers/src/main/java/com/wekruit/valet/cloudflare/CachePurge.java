package com.wekruit.valet.cloudflare;

import com.squareup.moshi.Types;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;

/**
 * {@code POST /zones/{zone_id}/purge_cache}: everything, or by URLs, cache tags, hosts or prefixes (one kind per
 * request, at most 100 items on most plans). Purging twice has the effect of once, so failures are retried. Purges
 * have their own per-plan token bucket (Free: 5 per minute); its 429 does not block the client's other calls.
 * Thread-safe.
 */
public final class CachePurge {
  private static final Type ID = Types.newParameterizedType(Envelope.class, DnsRecords.IdOnly.class);
  private final HttpTransport http;
  private final String zoneId;

  CachePurge(HttpTransport http, String zoneId) {
    this.http = http;
    this.zoneId = Objects.requireNonNull(zoneId, "zoneId");
  }

  /** One request body; exactly one field is set. */
  record Body(Boolean purgeEverything, List<String> files, List<String> tags, List<String> hosts,
      List<String> prefixes) {}

  /** Purges the whole zone's cache; returns the purge id. */
  public String everything() {
    return send(new Body(true, null, null, null, null));
  }

  /** Purges these URLs. */
  public String files(List<String> urls) {
    return send(new Body(null, items("urls", urls), null, null, null));
  }

  public String tags(List<String> tags) {
    return send(new Body(null, null, items("tags", tags), null, null));
  }

  public String hosts(List<String> hosts) {
    return send(new Body(null, null, null, items("hosts", hosts), null));
  }

  /** Purges URL prefixes without scheme, e.g. {@code www.example.com/assets}. */
  public String prefixes(List<String> prefixes) {
    return send(new Body(null, null, null, null, items("prefixes", prefixes)));
  }

  private String send(Body body) {
    return http.execute(ApiCall.<Envelope<DnsRecords.IdOnly>>post(Paths.of("zones", zoneId, "purge_cache"), body, ID)
        .toBuilder().idempotent(true).build()).result().id();
  }

  private static List<String> items(String what, List<String> values) {
    if (values.isEmpty()) throw new IllegalArgumentException(what + " must not be empty");
    return List.copyOf(values);
  }
}
