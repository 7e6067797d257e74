package com.wekruit.valet.coolify;

import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.paging.Page;
import com.wekruit.valet.paging.Paginator;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Coolify's {@code skip}/{@code take} pagination with a total {@code count} (the only paged list it has). A page with
 * exactly the items of the previous one means the server ignored {@code skip}: that is a {@code PROTOCOL} error, not
 * the same page again until {@code count} is reached. (One repeated item is normal: a new deployment shifts the list
 * by one while it is read.) The token is {@code skip:fingerprint of the page before}, so iterations share no state.
 */
final class OffsetPages {
  /** The API's own default is 10; larger pages save requests. */
  static final int TAKE = 50;

  private OffsetPages() {}

  static <E, T> Paginator<T> of(HttpTransport http, ApiCall<E> first, Function<E, List<T>> items,
      ToLongFunction<E> count, Function<T, String> key) {
    return Paginator.of(token -> {
      int colon = token == null ? -1 : token.indexOf(':');
      long skip = token == null ? 0 : Long.parseLong(token.substring(0, colon));
      E e = http.execute(first.query("skip", skip).query("take", TAKE));
      List<T> page = items.apply(e);
      String fingerprint = fingerprint(page, key);
      if (token != null && !page.isEmpty() && token.substring(colon + 1).equals(fingerprint)) {
        throw new ValetClientException(ValetClientException.Kind.PROTOCOL, "pagination stopped: the page at skip="
            + skip + " repeats the previous page (the server ignores skip)", null, 1, false);
      }
      long next = skip + page.size();
      return new Page<>(page, page.isEmpty() || next >= count.applyAsLong(e) ? null : next + ":" + fingerprint);
    });
  }

  /** The page's keys, order-free, as a short string. */
  private static <T> String fingerprint(List<T> page, Function<T, String> key) {
    TreeSet<String> keys = new TreeSet<>();
    for (T item : page) keys.add(String.valueOf(key.apply(item)));
    return page.size() + "-" + Integer.toHexString(String.join("\n", keys).hashCode());
  }
}
