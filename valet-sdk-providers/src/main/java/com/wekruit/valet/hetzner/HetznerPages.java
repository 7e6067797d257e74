package com.wekruit.valet.hetzner;

import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.Pagination;
import java.util.List;
import java.util.function.Function;

/** Hetzner page-number pagination ({@code page}, {@code per_page} up to 50, {@code meta.pagination.next_page}). */
final class HetznerPages {
  static final int PER_PAGE = 50;

  private HetznerPages() {}

  static <E, T> Paginator<T> paginate(HttpTransport http, ApiCall<E> first, Function<E, List<T>> items,
      Function<E, Envelopes.Meta> meta) {
    return Pagination.pageNumbers(http, first, "page", "per_page", PER_PAGE, items, e -> {
      Envelopes.Meta m = meta.apply(e);
      return m == null || m.pagination() == null ? null : m.pagination().nextPage();
    });
  }
}
