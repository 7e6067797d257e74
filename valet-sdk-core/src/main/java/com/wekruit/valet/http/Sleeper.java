package com.wekruit.valet.http;

import java.time.Duration;

/** Waits between attempts and polls. Injected so tests run without waiting on the wall clock. */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps on the calling thread. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

  void sleep(Duration duration) throws InterruptedException;
}
