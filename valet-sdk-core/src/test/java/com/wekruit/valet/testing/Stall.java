package com.wekruit.valet.testing;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How a hostile party in a test (a server that trickles or never answers, a check that hangs) holds still: it parks
 * until the time is up or it is interrupted. Not a way for a test to wait for its own timing: tests wait on
 * conditions or move a {@link FakeTime}.
 */
public final class Stall {
  private static final CountDownLatch NEVER = new CountDownLatch(1);

  private Stall() {}

  /** Holds still for {@code d}; an interrupt ends it early with {@link InterruptedException}, as a blocked peer would. */
  public static void of(Duration d) throws InterruptedException {
    NEVER.await(d.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Holds still until interrupted. */
  public static void forever() throws InterruptedException {
    NEVER.await();
  }
}
