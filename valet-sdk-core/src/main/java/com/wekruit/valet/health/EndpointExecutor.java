package com.wekruit.valet.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingDeque;
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
    this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new NewestFirst(), r -> {
      Thread t = new Thread(r, "valet-health-endpoint-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    pool.allowCoreThreadTimeOut(true);
  }

  /**
   * Exchanges wait newest first: many clients holding every thread with half a request (slowloris) delay a new request
   * by at most one read timeout, instead of one read timeout per slow client ahead of it.
   */
  @Override
  public void execute(Runnable exchange) {
    long queuedAt = System.nanoTime();
    pool.execute(() -> runTimed(exchange, queuedAt));
  }

  private void runTimed(Runnable exchange, long queuedAt) {
    Cutoff cutoff = new Cutoff(Thread.currentThread());
    long left = timeoutNanos - (System.nanoTime() - queuedAt);
    if (left <= 0) {
      cutoff.run(); // waited a whole read timeout behind others: the read fails at once, closing the connection
    } else {
      CompletableFuture.delayedExecutor(left, TimeUnit.NANOSECONDS).execute(cutoff); // a no-op once finished
    }
    try {
      exchange.run();
    } finally {
      cutoff.finish();
    }
  }

  /** A LIFO work queue for the pool: offers go to the head. */
  private static final class NewestFirst extends LinkedBlockingDeque<Runnable> {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean offer(Runnable r) {
      return offerFirst(r);
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
