package com.wekruit.valet.cloudflare;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.ValetJson;
import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.r2.R2Jurisdiction;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Pagination;
import com.wekruit.valet.spi.Paths;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /accounts/{account_id}/r2/buckets} of one account and jurisdiction: list (cursor pages), get, create, delete.
 * The list's {@code result} is read in both shapes seen: an array (the 2024 spec) and {@code {"buckets": [...]}} (the
 * live API and Cloudflare's SDKs). Thread-safe.
 */
public final class R2Buckets {
  private static final Type ANY = Types.newParameterizedType(Envelope.class, Object.class);
  private static final Type ONE = Types.newParameterizedType(Envelope.class, R2Bucket.class);
  private static final JsonAdapter<List<R2Bucket>> LIST =
      ValetJson.moshi().adapter(Types.newParameterizedType(List.class, R2Bucket.class));
  private static final int PER_PAGE = 1000;
  private final HttpTransport http;
  private final String accountId;
  private final R2Jurisdiction jurisdiction;

  R2Buckets(HttpTransport http, String accountId, R2Jurisdiction jurisdiction) {
    this.http = http;
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
  }

  /** The same account's buckets in another jurisdiction (e.g. {@code EU}). */
  public R2Buckets in(R2Jurisdiction other) {
    return new R2Buckets(http, accountId, other);
  }

  /** Buckets whose name contains {@code nameContains} ({@code null} for all), 1,000 per page. */
  public Paginator<R2Bucket> list(String nameContains) {
    ApiCall<Envelope<Object>> first = this.<Envelope<Object>>call("GET", path(), ANY).query("name_contains", nameContains)
        .query("per_page", PER_PAGE).build();
    return Pagination.cursor(http, first, "cursor", e -> buckets(e.result()),
        e -> e.resultInfo() == null ? null : e.resultInfo().cursor());
  }

  /** @throws com.wekruit.valet.error.NotFoundException when there is no such bucket */
  public R2Bucket get(String name) {
    return http.execute(this.<Envelope<R2Bucket>>call("GET", path(name), ONE).build()).result();
  }

  /**
   * Creates a bucket; not repeated unless the API proves it was refused.
   *
   * @param locationHint {@code null} to let R2 choose
   * @param storageClass {@code null} for Standard
   */
  public R2Bucket create(String name, R2Bucket.Location locationHint, R2Bucket.StorageClass storageClass) {
    record Body(String name, @Json(name = "locationHint") OpenEnum<R2Bucket.Location> locationHint,
        @Json(name = "storageClass") OpenEnum<R2Bucket.StorageClass> storageClass) {} // camelCase on the wire
    if (locationHint == R2Bucket.Location.UNKNOWN || storageClass == R2Bucket.StorageClass.UNKNOWN) {
      throw new IllegalArgumentException("UNKNOWN cannot be sent");
    }
    Body body = new Body(name, locationHint == null ? null : OpenEnum.of(locationHint),
        storageClass == null ? null : OpenEnum.of(storageClass));
    return http.execute(ApiCall.<Envelope<R2Bucket>>post(path(), body, ONE).toBuilder()
        .header("cf-r2-jurisdiction", header()).build()).result();
  }

  /** Deletes an empty bucket; a retry that finds it gone is success. */
  public void delete(String name) {
    http.execute(this.<Envelope<Object>>call("DELETE", path(name), ANY).goneIsSuccess(null).build());
  }

  @SuppressWarnings("unchecked")
  static List<R2Bucket> buckets(Object result) {
    Object list = result instanceof Map<?, ?> m ? m.get("buckets") : result;
    if (!(list instanceof List<?>)) throw undecodable("result has no bucket array", null);
    try {
      List<R2Bucket> buckets = LIST.fromJsonValue(list);
      if (buckets.contains(null)) throw undecodable("a bucket is null", null);
      return buckets;
    } catch (JsonDataException | IllegalArgumentException e) {
      throw undecodable(e.getMessage(), e);
    }
  }

  /** Read after the transport decoded the envelope, so typed here. */
  private static ValetClientException undecodable(String what, Throwable cause) {
    return new ValetClientException(ValetClientException.Kind.UNDECODABLE_BODY, "cloudflare R2 bucket list: " + what,
        cause, 1, false);
  }

  private <T> ApiCall.Builder<T> call(String method, String path, Type type) {
    return ApiCall.<T>builder(method, path, com.wekruit.valet.spi.ResponseCodec.json(type))
        .header("cf-r2-jurisdiction", header());
  }

  private String header() {
    return jurisdiction.name().toLowerCase(Locale.ROOT);
  }

  private String path(String... bucket) {
    return bucket.length == 0 ? Paths.of("accounts", accountId, "r2", "buckets")
        : Paths.of("accounts", accountId, "r2", "buckets", bucket[0]);
  }
}
