package com.wekruit.valet.cloudflare;

import com.squareup.moshi.Types;
import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Paths;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * {@code /zones}: list, find by name, get. A token scoped to one zone cannot list zones (403): configure the zone id
 * and use {@link #get} instead. Thread-safe.
 */
public final class Zones {
  private static final Type ONE = Types.newParameterizedType(Envelope.class, Zone.class);
  private static final Type PAGE = Types.newParameterizedType(Envelope.class,
      Types.newParameterizedType(List.class, Zone.class));
  private final HttpTransport http;
  private final String accountId;

  Zones(HttpTransport http, String accountId) {
    this.http = http;
    this.accountId = accountId;
  }

  public Paginator<Zone> list() {
    return list(ZoneQuery.all());
  }

  public Paginator<Zone> list(ZoneQuery q) {
    ApiCall<Envelope<List<Zone>>> call = ApiCall.<Envelope<List<Zone>>>get("/zones", PAGE)
        .query("name", q.name())
        .query("status", q.status() == null ? null : OpenEnum.of(q.status()).raw())
        .query("account.id", q.accountId() != null ? q.accountId() : accountId);
    return CloudflarePages.paginate(http, call, ZoneQuery.PER_PAGE);
  }

  /** The zone with exactly this name (in the client's account, when one is configured). */
  public Optional<Zone> findByName(String name) {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("name is blank");
    return list(ZoneQuery.all().name(name)).stream().filter(z -> z.name().equalsIgnoreCase(name)).findFirst();
  }

  /** @throws com.wekruit.valet.error.NotFoundException when the zone does not exist or the token cannot see it */
  public Zone get(String zoneId) {
    return http.execute(ApiCall.<Envelope<Zone>>get(Paths.of("zones", zoneId), ONE)).result();
  }
}
