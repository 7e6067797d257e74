package com.wekruit.valet.spi;

import com.wekruit.valet.paging.Page;
import com.wekruit.valet.paging.Paginator;
import java.util.List;
import java.util.function.Function;

/**
 * The pagination styles of the providers, each a {@link Paginator} over one first call: page numbers (Hetzner,
 * Cloudflare {@code result_info}, Better Stack), cursors (Neon), and absolute next links (JSON:API {@code links.next},
 * Better Stack {@code pagination.next}); links are sent only to the client's own origin.
 */
public final class Pagination {
  private Pagination() {}

  /**
   * {@code pageParam=1,2,…} with {@code sizeParam=size}; {@code nextPage} reads the next page number from an
   * envelope ({@code null} on the last page).
   */
  public static <E, T> Paginator<T> pageNumbers(HttpTransport http, ApiCall<E> first, String pageParam,
      String sizeParam, int size, Function<E, List<T>> items, Function<E, Long> nextPage) {
    return Paginator.of(token -> {
      E e = http.execute(first.query(pageParam, token == null ? "1" : token).query(sizeParam, size));
      Long next = nextPage.apply(e);
      return new Page<>(items.apply(e), next == null ? null : String.valueOf(next));
    }, "1");
  }

  /** {@code cursorParam=<cursor>} from the second page on; {@code nextCursor} is {@code null} or empty at the end. */
  public static <E, T> Paginator<T> cursor(HttpTransport http, ApiCall<E> first, String cursorParam,
      Function<E, List<T>> items, Function<E, String> nextCursor) {
    return Paginator.of(token -> {
      E e = http.execute(token == null ? first : first.query(cursorParam, token));
      String next = nextCursor.apply(e);
      return new Page<>(items.apply(e), next == null || next.isEmpty() ? null : next);
    });
  }

  /** The first call, then each absolute {@code nextLink} as a same-origin GET decoded like the first. */
  public static <E, T> Paginator<T> links(HttpTransport http, ApiCall<E> first, Function<E, List<T>> items,
      Function<E, String> nextLink) {
    return Paginator.of(token -> {
      E e = http.execute(token == null ? first : linkCall(first, token));
      String next = nextLink.apply(e);
      return new Page<>(items.apply(e), next == null || next.isEmpty() ? null : next);
    }, http.urlOf(first));
  }

  private static <E> ApiCall<E> linkCall(ApiCall<E> first, String url) {
    ApiCall.Builder<E> b;
    try {
      b = ApiCall.link(url, first.codec());
    } catch (IllegalArgumentException e) {
      throw new com.wekruit.valet.error.ValetClientException(com.wekruit.valet.error.ValetClientException.Kind.PROTOCOL,
          "pagination stopped: the next link is not an http(s) URL", null, 1, false);
    }
    List<String> h = first.headers();
    for (int i = 0; i < h.size(); i += 2) b.header(h.get(i), h.get(i + 1));
    for (String s : first.secrets()) b.secret(s);
    return b.build();
  }
}
