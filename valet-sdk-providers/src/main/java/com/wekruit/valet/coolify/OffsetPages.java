package com.wekruit.valet.coolify;

import com.wekruit.valet.paging.Page;
import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Coolify's {@code skip}/{@code take} pagination with a total {@code count} (the only paged list it has). */
final class OffsetPages {
  /** The API's own default is 10; larger pages save requests. */
  static final int TAKE = 50;

  private OffsetPages() {}

  static <E, T> Paginator<T> of(HttpTransport http, ApiCall<E> first, Function<E, List<T>> items,
      ToLongFunction<E> count) {
    return Paginator.of(token -> {
      long skip = token == null ? 0 : Long.parseLong(token);
      E e = http.execute(first.query("skip", skip).query("take", TAKE));
      List<T> page = items.apply(e);
      long next = skip + page.size();
      return new Page<>(page, page.isEmpty() || next >= count.applyAsLong(e) ? null : String.valueOf(next));
    });
  }
}
