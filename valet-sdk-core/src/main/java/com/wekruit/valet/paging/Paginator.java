package com.wekruit.valet.paging;

import com.wekruit.valet.error.ValetClientException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy list over a paged API: page-number, cursor or link pagination reduce to a {@link Fetcher} that turns a token
 * into a {@link Page}. Nothing is fetched until iteration starts, and each further page only when the previous one is
 * used up. Every iteration starts again from the first page. Failures surface from {@code hasNext()}/{@code next()}
 * as {@link com.wekruit.valet.error.ValetException}s; a server that repeats a token, keeps sending empty pages with a
 * next token, or exceeds {@link #MAX_PAGES} pages fails with a {@code PROTOCOL} error instead of looping forever.
 *
 * <p>Thread-safe to share; each iterator is for one thread.
 */
public final class Paginator<T> implements Iterable<T> {
  /** Default limit on pages per iteration. */
  public static final int MAX_PAGES = 10_000;
  private static final int MAX_EMPTY_PAGES = 3;

  /** Fetches the page for a token; {@code null} means the first page. */
  @FunctionalInterface
  public interface Fetcher<T> {
    Page<T> fetch(String token);
  }

  private final Fetcher<T> fetcher;
  private final int maxPages;
  private final String firstToken;

  private Paginator(Fetcher<T> fetcher, int maxPages, String firstToken) {
    this.fetcher = fetcher;
    this.maxPages = maxPages;
    this.firstToken = firstToken;
  }

  public static <T> Paginator<T> of(Fetcher<T> fetcher) {
    return new Paginator<>(Objects.requireNonNull(fetcher, "fetcher"), MAX_PAGES, null);
  }

  /**
   * Like {@link #of(Fetcher)}, where {@code firstToken} is what a next token pointing back at the first page looks
   * like (page {@code "1"}, the first URL), so a first page that links to itself is caught too.
   */
  public static <T> Paginator<T> of(Fetcher<T> fetcher, String firstToken) {
    return new Paginator<>(Objects.requireNonNull(fetcher, "fetcher"), MAX_PAGES, firstToken);
  }

  /** The same list, stopping with an error after {@code maxPages} pages. */
  public Paginator<T> maxPages(int maxPages) {
    if (maxPages < 1) throw new IllegalArgumentException("maxPages must be >= 1, was " + maxPages);
    return new Paginator<>(fetcher, maxPages, firstToken);
  }

  /** The pages themselves, lazily. */
  public Iterable<Page<T>> pages() {
    return () -> new Iterator<>() {
      private final Set<String> seen = firstToken == null ? new HashSet<>() : new HashSet<>(Set.of(firstToken));
      private Page<T> last;
      private boolean started;
      private int fetched;
      private int emptyInARow;

      @Override
      public boolean hasNext() {
        return !started || last.next() != null;
      }

      @Override
      public Page<T> next() {
        if (!hasNext()) throw new NoSuchElementException();
        String token = started ? last.next() : null;
        if (token != null && !seen.add(token)) throw protocol("the API repeated a page token (" + token.length() + " chars)");
        if (fetched == maxPages) throw protocol("more than " + maxPages + " pages");
        Page<T> page = fetcher.fetch(token);
        if (page == null) throw protocol("no page returned");
        fetched++;
        emptyInARow = page.items().isEmpty() && page.next() != null ? emptyInARow + 1 : 0;
        if (emptyInARow == MAX_EMPTY_PAGES) throw protocol(MAX_EMPTY_PAGES + " empty pages in a row that still have a next page");
        last = page;
        started = true;
        return page;
      }
    };
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = pages().iterator();
    return new Iterator<>() {
      private Iterator<T> current = Collections.emptyIterator();

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

  private static ValetClientException protocol(String what) {
    return new ValetClientException(ValetClientException.Kind.PROTOCOL, "pagination stopped: " + what, null, 1, false);
  }

}
