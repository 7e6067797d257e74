package com.wekruit.valet.neon;

import com.wekruit.valet.waiting.Operation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The answer to a mutating Neon call: the resource as Neon returned it at once, the operations it started, and the
 * means to wait for them. The resource is not usable until its operations are final, so {@link #await} is the normal
 * way to use the result: it waits for every operation and returns the resource read again afterwards. Thread-safe.
 *
 * @param <T> the resource
 */
public final class Pending<T> implements Operation<T> {
  private final T value;
  private final List<NeonOperation> operations;
  private final Operations waiter;
  private final Supplier<T> reread;
  private final Supplier<CompletableFuture<T>> rereadAsync;

  Pending(T value, List<NeonOperation> operations, Operations waiter, Supplier<T> reread,
      Supplier<CompletableFuture<T>> rereadAsync) {
    this.value = value;
    this.operations = List.copyOf(operations);
    this.waiter = waiter;
    this.reread = reread;
    this.rereadAsync = rereadAsync;
  }

  /**
   * A result read again after waiting by {@code reread(id)}; an {@code id} from the API that cannot be used in a path
   * makes the re-read fail with a {@code PROTOCOL} error instead.
   */
  static <T> Pending<T> reread(T value, List<NeonOperation> operations, Operations waiter, String what, String id,
      java.util.function.Function<String, T> reread,
      java.util.function.Function<String, CompletableFuture<T>> rereadAsync) {
    if (waiter.unusableId(what, id) != null) {
      return new Pending<>(value, operations, waiter, () -> {
        throw waiter.unusableId(what, id);
      }, () -> CompletableFuture.failedFuture(waiter.unusableId(what, id)));
    }
    return new Pending<>(value, operations, waiter, () -> reread.apply(id), () -> rereadAsync.apply(id));
  }

  /** A result whose value is not read again after waiting (a deleted resource, or one already gone). */
  static <T> Pending<T> unchanged(T value, List<NeonOperation> operations, Operations waiter) {
    return new Pending<>(value, operations, waiter, () -> value, () -> CompletableFuture.completedFuture(value));
  }

  /** The resource as returned when the call was made (not yet ready while operations run); may be {@code null}. */
  public T value() {
    return value;
  }

  /** The operations the call started; empty when there is nothing to wait for. */
  public List<NeonOperation> operations() {
    return operations;
  }

  /**
   * Waits until every operation is final and returns the resource as it is then.
   *
   * @throws com.wekruit.valet.error.OperationFailedException when an operation fails
   * @throws com.wekruit.valet.error.WaitTimeoutException naming the operations still running after {@code timeout}
   */
  @Override
  public T await(Duration timeout) {
    if (!operations.isEmpty()) waiter.awaitAll(operations, timeout);
    return reread.get();
  }

  @Override
  public CompletableFuture<T> awaitAsync(Duration timeout) {
    CompletableFuture<?> ops = operations.isEmpty() ? CompletableFuture.completedFuture(null)
        : waiter.awaitAllAsync(operations, timeout);
    return ops.thenCompose(x -> rereadAsync.get());
  }

  @Override
  public String toString() {
    return "Pending[" + operations.stream().map(o -> waiter.clean(o.action().raw(), 60) + ":"
        + waiter.clean(o.status().raw(), 40)).toList() + "]";
  }
}
