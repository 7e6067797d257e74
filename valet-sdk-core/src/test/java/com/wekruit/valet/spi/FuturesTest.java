package com.wekruit.valet.spi;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class FuturesTest {

  @Test
  void mapsTheValue() throws Exception {
    CompletableFuture<Integer> source = new CompletableFuture<>();
    CompletableFuture<String> out = Futures.map(source, i -> "#" + i);
    assertFalse(out.isDone());
    source.complete(4);
    assertEquals("#4", out.get());
  }

  @Test
  void failuresPassThrough_unwrappedFromCompletionException() {
    IOException cause = new IOException("boom");
    assertSame(cause, failureOf(Futures.map(CompletableFuture.failedFuture(new CompletionException(cause)), x -> x)));
    IllegalStateException plain = new IllegalStateException("plain");
    assertSame(plain, failureOf(Futures.map(CompletableFuture.failedFuture(plain), x -> x)));
    CompletionException bare = new CompletionException("no cause", null);
    assertSame(bare, failureOf(Futures.map(CompletableFuture.failedFuture(bare), x -> x)));
    IllegalArgumentException thrown = new IllegalArgumentException("f broke");
    assertSame(thrown, failureOf(Futures.map(CompletableFuture.completedFuture(1), x -> {
      throw thrown;
    })));
  }

  private static Throwable failureOf(CompletableFuture<?> f) {
    ExecutionException e = assertThrows(ExecutionException.class, f::get);
    return e.getCause();
  }

  @Test
  void cancellingTheResult_cancelsTheSource() {
    CompletableFuture<Integer> source = new CompletableFuture<>();
    CompletableFuture<Integer> out = Futures.map(source, x -> x);
    assertTrue(out.cancel(true));
    assertTrue(source.isCancelled());
    assertTrue(out.isCancelled());
    CompletableFuture<Integer> done = Futures.map(CompletableFuture.completedFuture(1), x -> x);
    assertFalse(done.cancel(true), "a completed result cannot be cancelled");
  }
}
