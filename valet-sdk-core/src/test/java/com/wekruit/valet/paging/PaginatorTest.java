package com.wekruit.valet.paging;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PaginatorTest {
  @Test
  void fetchesLazily_pageByPage_andSkipsEmptyPages() {
    List<String> fetched = new ArrayList<>();
    Paginator<Integer> p = Paginator.of(token -> {
      fetched.add(String.valueOf(token));
      if (token == null) return new Page<>(List.of(1, 2), "c1");
      if (token.equals("c1")) return new Page<>(List.of(), "c2");
      return new Page<>(List.of(3), null);
    });
    assertTrue(fetched.isEmpty());
    var it = p.iterator();
    assertEquals(1, it.next());
    assertEquals(List.of("null"), fetched);
    assertEquals(2, it.next());
    assertEquals(3, it.next());
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
    assertEquals(List.of("null", "c1", "c2"), fetched);
    assertEquals(List.of(1, 2, 3), p.stream().toList(), "each iteration starts again");
    assertEquals(3, p.stream().limit(1).count() + 2);
  }

  @Test
  void failuresSurfaceDuringIteration() {
    Paginator<Integer> p = Paginator.of(token -> {
      if (token == null) return new Page<>(List.of(1), "next");
      throw new IllegalStateException("page 2 failed");
    });
    var it = p.iterator();
    assertEquals(1, it.next());
    assertThrows(IllegalStateException.class, it::hasNext);
  }
}
