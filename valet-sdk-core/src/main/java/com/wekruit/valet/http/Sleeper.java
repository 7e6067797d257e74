package com.wekruit.valet.http;

import com.wekruit.valet.error.ValetClientException;
import java.time.Duration;

/** Waits between attempts and polls. Injected so tests run without waiting on the wall clock. */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps on the calling thread. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

  void sleep(Duration duration) throws InterruptedException;

  /**
   * Sleeps; if interrupted, keeps the thread's interrupt flag and throws a client-side I/O error saying what was
   * interrupted.
   */
  default void sleepOrThrow(Duration duration, String what, int attempts) {
    try {
      sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ValetClientException(ValetClientException.Kind.IO, "interrupted while " + what, e, attempts, false);
    }
  }
}
