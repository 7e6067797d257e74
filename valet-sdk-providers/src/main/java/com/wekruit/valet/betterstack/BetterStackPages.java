package com.wekruit.valet.betterstack;

import com.squareup.moshi.Types;
import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Pagination;
import com.wekruit.valet.spi.ResponseCodec;
import java.lang.reflect.Type;
import okhttp3.HttpUrl;

/**
 * Better Stack lists: {@code ?per_page=N} on the first call, then each absolute {@code pagination.next} link (same
 * origin only, so the token never leaves the API host), until it is {@code null}; a link back to a page already
 * fetched, however spelled, stops the list with a {@code PROTOCOL} error.
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
    return Pagination.links(http, first, JsonApi.ListPage::data, page -> canonical(page.next()));
  }

  /**
   * The next link as the request line will carry it: no fragment (never sent), host and default port as OkHttp
   * spells them. Two spellings of the same page are then the same token, so a server that keeps linking to the page
   * it just sent (with a new {@code #fragment} each time) is caught as a repeated page instead of followed
   * {@link com.wekruit.valet.paging.Paginator#MAX_PAGES} times.
   */
  static String canonical(String next) {
    if (next == null || next.isEmpty()) return next;
    HttpUrl url = HttpUrl.parse(next);
    return url == null ? next : url.newBuilder().fragment(null).build().toString();
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
