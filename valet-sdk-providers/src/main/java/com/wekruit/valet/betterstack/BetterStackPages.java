package com.wekruit.valet.betterstack;

import com.squareup.moshi.Types;
import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Pagination;
import com.wekruit.valet.spi.ResponseCodec;
import java.lang.reflect.Type;

/**
 * Better Stack lists: {@code ?per_page=N} on the first call, then each absolute {@code pagination.next} link (same
 * origin only, so the token never leaves the API host), until it is {@code null}.
 */
final class BetterStackPages {
  /** The API's maximum for most lists. */
  static final int MAX_PER_PAGE = 250;
  /** The maximum for incident lists. */
  static final int MAX_INCIDENTS_PER_PAGE = 50;

  private BetterStackPages() {}

  static <T> Paginator<T> list(HttpTransport http, String path, Class<T> item, int perPage,
      java.util.function.UnaryOperator<ApiCall<JsonApi.ListPage<T>>> filters) {
    Type type = Types.newParameterizedTypeWithOwner(JsonApi.class, JsonApi.ListPage.class, item);
    ApiCall<JsonApi.ListPage<T>> first = filters.apply(ApiCall.<JsonApi.ListPage<T>>get(path, type))
        .query("per_page", perPage);
    return Pagination.links(http, first, JsonApi.ListPage::data, JsonApi.ListPage::next);
  }

  static int perPage(int requested, int max) {
    if (requested < 1 || requested > max) {
      throw new IllegalArgumentException("perPage must be 1.." + max + ", was " + requested);
    }
    return requested;
  }

  /** A PATCH of absolute values: repeatable, so marked idempotent. */
  static <T> ApiCall<JsonApi.Single<T>> patch(String path, Object body, Class<T> item) {
    return ApiCall.<JsonApi.Single<T>>builder("PATCH", path, ResponseCodec.json(single(item))).json(body)
        .idempotent(true).build();
  }

  static Type single(Type item) {
    return Types.newParameterizedTypeWithOwner(JsonApi.class, JsonApi.Single.class, item);
  }

  static Type resource(Class<?> attributes) {
    return single(Types.newParameterizedTypeWithOwner(JsonApi.class, JsonApi.Resource.class, attributes));
  }
}
