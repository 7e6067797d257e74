package com.wekruit.valet.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor of a health endpoint on the JDK {@code HttpServer}. The server reads each request on the executor's
 * thread, from a blocking channel; an exchange still running after the read timeout is interrupted, which closes its
 * channel and frees the thread. With the JDK's default executor that read happens on the single dispatcher thread, so
 * one slow client stalls every other. Bounded threads (daemon, idle ones exit); thread-safe.
 */
final class EndpointExecutor implements Executor {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private final ThreadPoolExecutor pool;
  private final long timeoutNanos;

  EndpointExecutor(int threads, Duration readTimeout) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
    if (readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("readTimeout must be positive: " + readTimeout);
    }
    this.timeoutNanos = readTimeout.toNanos();
    this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, "valet-health-endpoint-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    pool.allowCoreThreadTimeOut(true);
  }

  @Override
  public void execute(Runnable exchange) {
    pool.execute(() -> runTimed(exchange));
  }

  private void runTimed(Runnable exchange) {
    Cutoff cutoff = new Cutoff(Thread.currentThread());
    CompletableFuture.delayedExecutor(timeoutNanos, TimeUnit.NANOSECONDS).execute(cutoff); // a no-op once finished
    try {
      exchange.run();
    } finally {
      cutoff.finish();
    }
  }

  /** Interrupts its thread once, unless the exchange finished first; the interrupt never outlives the exchange. */
  private static final class Cutoff implements Runnable {
    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int CUTTING = 2;
    private static final int CUT = 3;
    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private final Thread thread;

    Cutoff(Thread thread) {
      this.thread = thread;
    }

    @Override
    public void run() {
      if (!state.compareAndSet(RUNNING, CUTTING)) return;
      thread.interrupt();
      state.set(CUT);
    }

    void finish() {
      if (state.compareAndSet(RUNNING, DONE)) return;
      while (state.get() == CUTTING) Thread.onSpinWait();
      Thread.interrupted();
    }
  }
}
