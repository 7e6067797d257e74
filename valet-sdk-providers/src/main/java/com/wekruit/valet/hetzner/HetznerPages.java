package com.wekruit.valet.hetzner;

import com.wekruit.valet.http.ApiCall;
import com.wekruit.valet.http.HttpTransport;
import com.wekruit.valet.paging.Page;
import com.wekruit.valet.paging.Paginator;
import java.util.List;
import java.util.function.Function;

/** Hetzner page-number pagination ({@code page}, {@code per_page} up to 50, {@code meta.pagination.next_page}). */
final class HetznerPages {
  static final int PER_PAGE = 50;

  private HetznerPages() {}

  static <E, T> Paginator<T> paginate(HttpTransport http, ApiCall<E> first, Function<E, List<T>> items,
      Function<E, Envelopes.Meta> meta) {
    return Paginator.of(token -> {
      E envelope = http.execute(first.query("page", token == null ? "1" : token).query("per_page", PER_PAGE));
      Envelopes.Meta m = meta.apply(envelope);
      return new Page<>(items.apply(envelope), m == null ? null : m.next());
    });
  }
}
