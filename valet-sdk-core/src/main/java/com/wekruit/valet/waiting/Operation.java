package com.wekruit.valet.waiting;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A long-running operation the provider started (a Hetzner action, a Neon operation, a Coolify deployment) and the
 * means to wait for it. Waiting polls with backoff, keeps going through transient errors, fails fast with
 * {@link com.wekruit.valet.error.OperationFailedException} when the operation fails, and with
 * {@link com.wekruit.valet.error.WaitTimeoutException} naming what still runs when time is up. Thread-safe.
 *
 * @param <T> the operation's final state
 */
public interface Operation<T> {
  /** Blocks until the operation finished successfully and returns its final state. */
  T await(Duration timeout);

  /** The same without holding a thread while waiting. */
  CompletableFuture<T> awaitAsync(Duration timeout);
}
