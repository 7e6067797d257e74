package com.wekruit.valet.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy list over a paged API: page-number, cursor or link pagination reduce to a {@link Fetcher} that turns a token
 * into a {@link Page}. Nothing is fetched until iteration starts, and each further page only when the previous one is
 * used up. Every iteration starts again from the first page. Failures surface from {@code next()}.
 */
public final class Paginator<T> implements Iterable<T> {

  /** Fetches the page for a token; {@code null} means the first page. */
  @FunctionalInterface
  public interface Fetcher<T> {
    Page<T> fetch(String token);
  }

  private final Fetcher<T> fetcher;

  private Paginator(Fetcher<T> fetcher) {
    this.fetcher = fetcher;
  }

  public static <T> Paginator<T> of(Fetcher<T> fetcher) {
    return new Paginator<>(Objects.requireNonNull(fetcher, "fetcher"));
  }

  /** The pages themselves, lazily. */
  public Iterable<Page<T>> pages() {
    return () -> new Iterator<>() {
      private Page<T> last;
      private boolean started;

      @Override
      public boolean hasNext() {
        return !started || last.next() != null;
      }

      @Override
      public Page<T> next() {
        if (!hasNext()) throw new NoSuchElementException();
        last = fetcher.fetch(started ? last.next() : null);
        started = true;
        return last;
      }
    };
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = pages().iterator();
    return new Iterator<>() {
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && pages.hasNext()) current = pages.next().items().iterator();
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
      }
    };
  }

  /** A sequential stream over all items. */
  public Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false);
  }
}
