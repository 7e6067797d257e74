package com.wekruit.valet.paging;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.ValetClientException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PaginatorLimitsTest {
  private static ValetClientException protocolError(Paginator<?> p) {
    ValetClientException e = assertThrows(ValetClientException.class, () -> p.stream().count());
    assertEquals(ValetClientException.Kind.PROTOCOL, e.kind());
    assertEquals(1, e.attempts());
    assertFalse(e.retryable());
    return e;
  }

  /** Page n (from 0) has one item n and points to page n + 1, until {@code last}. */
  private static Paginator<Integer> numbered(int last, List<String> tokens) {
    return Paginator.of(token -> {
      tokens.add(token);
      int n = token == null ? 0 : Integer.parseInt(token);
      return new Page<>(List.of(n), n < last ? String.valueOf(n + 1) : null);
    });
  }

  @Test
  void maxPages_allowsExactlyThatMany() {
    List<String> tokens = new ArrayList<>();
    assertEquals(List.of(0, 1, 2), numbered(2, tokens).maxPages(3).stream().toList());
    assertEquals("pagination stopped: more than 2 pages", protocolError(numbered(2, tokens).maxPages(2)).getMessage());
    assertEquals(List.of(0), numbered(0, tokens).maxPages(1).stream().toList());
    assertThrows(IllegalArgumentException.class, () -> numbered(0, tokens).maxPages(0));
    assertThrows(NullPointerException.class, () -> Paginator.of(null));
  }

  @Test
  void pages_exposesEachPage_andStopsAfterTheLast() {
    List<String> tokens = new ArrayList<>();
    Iterator<Page<Integer>> pages = numbered(1, tokens).pages().iterator();
    assertTrue(pages.hasNext());
    assertEquals(new Page<>(List.of(0), "1"), pages.next());
    assertEquals(new Page<>(List.of(1), null), pages.next());
    assertFalse(pages.hasNext());
    assertThrows(NoSuchElementException.class, pages::next);
    assertEquals(java.util.Arrays.asList(null, "1"), tokens);
  }

  @Test
  void aRepeatedToken_stopsWithAProtocolError() {
    Paginator<Integer> loop = Paginator.of(token -> new Page<>(List.of(1), token == null ? "a" : token.equals("a") ? "b" : "a"));
    assertEquals("pagination stopped: the API repeated a page token (1 chars)", protocolError(loop).getMessage());
  }

  @Test
  void aFirstPageLinkingToItself_isCaughtWhenTheFirstTokenIsKnown() {
    Paginator<Integer> self = Paginator.of(token -> new Page<>(List.of(1), "1"), "1");
    assertEquals("pagination stopped: the API repeated a page token (1 chars)", protocolError(self).getMessage());
    assertEquals(List.of(0, 1, 2), numbered(2, new ArrayList<>()).maxPages(3).stream().toList());
    Paginator<Integer> startsAtZero = Paginator.of(t -> {
      int n = t == null ? 0 : Integer.parseInt(t);
      return new Page<>(List.of(n), n < 2 ? String.valueOf(n + 1) : null);
    }, "0").maxPages(3);
    assertEquals(List.of(0, 1, 2), startsAtZero.stream().toList(), "maxPages keeps the first token");
    Paginator<Integer> backToZero = Paginator.of(t -> new Page<>(List.of(1), t == null ? "1" : "0"), "0").maxPages(5);
    assertEquals("pagination stopped: the API repeated a page token (1 chars)", protocolError(backToZero).getMessage());
    assertThrows(NullPointerException.class, () -> Paginator.of(null, "1"));
  }

  @Test
  void emptyPagesWithANextToken_areSkippedTwice_butNotThreeTimesInARow() {
    // two empty pages, an item, two empty pages again, then the end: the count starts again after a full page
    List<Page<String>> script = List.of(new Page<>(List.of(), "1"), new Page<>(List.of(), "2"),
        new Page<>(List.of("x"), "3"), new Page<>(List.of(), "4"), new Page<>(List.of(), "5"),
        new Page<>(List.of(), null));
    assertEquals(List.of("x"), Paginator.<String>of(t -> script.get(t == null ? 0 : Integer.parseInt(t))).stream().toList());

    Paginator<String> empty = Paginator.of(t -> new Page<>(List.of(), String.valueOf(t == null ? 1 : Integer.parseInt(t) + 1)));
    assertEquals("pagination stopped: 3 empty pages in a row that still have a next page",
        protocolError(empty).getMessage());
  }

  @Test
  void aMissingPage_isAProtocolError() {
    assertEquals("pagination stopped: no page returned", protocolError(Paginator.of(t -> null)).getMessage());
    Paginator<Integer> secondMissing = Paginator.of(t -> t == null ? new Page<>(List.of(1), "secret-cursor") : null);
    String m = protocolError(secondMissing).getMessage();
    assertEquals("pagination stopped: no page returned", m, "the token is never shown");
  }

  @Test
  void page_copiesItsItems() {
    List<Integer> items = new ArrayList<>(List.of(1, 2));
    Page<Integer> page = new Page<>(items, null);
    items.add(3);
    assertEquals(List.of(1, 2), page.items());
    assertThrows(UnsupportedOperationException.class, () -> page.items().add(4));
  }
}
