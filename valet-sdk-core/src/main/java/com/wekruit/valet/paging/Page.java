package com.wekruit.valet.paging;

import java.util.List;

/**
 * One page of a list and the token for the next one.
 *
 * <p>Immutable; thread-safe.
 *
 * @param items the page's items
 * @param next the next page's token (page number, cursor or URL), or {@code null} on the last page
 */
public record Page<T>(List<T> items, String next) {
  public Page {
    items = List.copyOf(items);
  }
}
