package com.wekruit.valet.spi;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Future helpers that keep cancellation flowing back to the work (a plain {@code thenApply} does not). */
public final class Futures {
  private Futures() {}

  /** {@code source.thenApply(f)}, where cancelling the result also cancels {@code source}. */
  public static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, Function<? super A, ? extends B> f) {
    CompletableFuture<B> out = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        source.cancel(mayInterruptIfRunning);
        return cancelled;
      }
    };
    source.whenComplete((a, error) -> {
      if (error != null) {
        out.completeExceptionally(error instanceof java.util.concurrent.CompletionException c && c.getCause() != null
            ? c.getCause() : error);
        return;
      }
      try {
        out.complete(f.apply(a));
      } catch (RuntimeException e) {
        out.completeExceptionally(e);
      }
    });
    return out;
  }
}
