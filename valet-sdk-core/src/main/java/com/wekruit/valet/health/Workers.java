package com.wekruit.valet.health;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker threads of one monitor. {@code core} workers serve checks that make progress; while work waits and
 * workers have been inside one check for longer than {@link #STALL_NANOS}, new workers take the waiting work, up to
 * {@code max} live workers. A worker whose check ignored its deadline and the interrupt is written off
 * ({@link #abandon}): it no longer counts, and it exits when the check finally returns. Idle workers park at once:
 * spinning for the next batch made sweeps about five times slower on a shared machine (a spinner burns the CPU share
 * the working threads need). Thread-safe.
 */
final class Workers {
  static final long STALL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
  private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);
  private static final long KEEP_ALIVE_NANOS = TimeUnit.SECONDS.toNanos(30);
  private final long keepAliveNanos;
  final int core;
  final int max;
  private final String name;
  private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Worker> parked = new ConcurrentLinkedQueue<>();
  private final Set<Worker> all = ConcurrentHashMap.newKeySet();
  private final AtomicInteger live = new AtomicInteger();
  private final AtomicInteger serial = new AtomicInteger();
  final LongAdder abandoned = new LongAdder();
  private volatile boolean closed;

  Workers(int core, int max, String name) {
    this(core, max, name, KEEP_ALIVE_NANOS);
  }

  Workers(int core, int max, String name, long keepAliveNanos) {
    this.core = core;
    this.max = max;
    this.name = name;
    this.keepAliveNanos = keepAliveNanos;
  }

  /** Live workers parked until woken, without a timeout: what idle core workers must be, never spinning. */
  long parkedIndefinitely() {
    return all.stream().filter(w -> w.thread.getState() == Thread.State.WAITING).count();
  }

  void execute(Runnable task) {
    execute(task, 1, core);
  }

  /**
   * Queues {@code copies} entries of one task and gives a worker to each: a parked one, else a new one while fewer
   * than {@code limit} are live (at most {@link #max}). Threads are started here, in one go, rather than one per
   * supervision tick.
   */
  void execute(Runnable task, int copies, int limit) {
    for (int i = 0; i < copies; i++) queue.offer(task);
    int cap = Math.min(limit, max);
    for (int i = 0; i < copies; i++) {
      Worker w = parked.poll();
      if (w != null) LockSupport.unpark(w.thread);
      else if (!spawn(cap)) return;
    }
  }

  /**
   * While work waits and a worker is stuck, gives every waiting task a worker (a parked one, else a new one, up to
   * {@code max} live workers). Call about every millisecond.
   */
  void supervise(long nowNanos) {
    if (queue.isEmpty()) return;
    if (stuck(nowNanos) == 0) {
      signal();
      return;
    }
    for (int tasks = waiting(max); tasks > 0; tasks--) {
      Worker w = parked.poll();
      if (w != null) LockSupport.unpark(w.thread);
      else if (!spawn(max)) return;
    }
  }

  private int waiting(int limit) {
    int n = 0;
    for (Runnable ignored : queue) if (++n >= limit) break;
    return n;
  }

  /** Writes off the worker running on {@code thread}: it ignored its deadline and the interrupt. */
  void abandon(Thread thread) {
    for (Worker w : all) {
      if (w.thread == thread && w.leave(Worker.ABANDONED)) {
        abandoned.increment();
        LOG.warn("health worker {} abandoned: a check ignored its deadline and the interrupt", thread.getName());
        return;
      }
    }
  }

  /** Live workers that have been inside one check for longer than {@link #STALL_NANOS}. */
  int stuck(long nowNanos) {
    int stuck = 0;
    for (Worker w : all) {
      long since = w.busySince;
      if (w.counted() && since != 0 && nowNanos - since > STALL_NANOS) stuck++;
    }
    return stuck;
  }

  boolean hasQueuedWork() {
    return !queue.isEmpty();
  }

  int threads() {
    return all.size();
  }

  int busy() {
    int n = 0;
    for (Worker w : all) if (w.busySince != 0) n++;
    return n;
  }

  /** Stops the workers: idle ones exit now, busy ones when their check returns (they are interrupted by the caller). */
  void close() {
    closed = true;
    for (Worker w : all) LockSupport.unpark(w.thread);
  }

  /** Threads of this pool still alive. */
  Set<Thread> liveThreads() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    for (Worker w : all) if (w.thread.isAlive()) threads.add(w.thread);
    return threads;
  }

  private void signal() {
    Worker w = parked.poll();
    if (w != null) LockSupport.unpark(w.thread);
    else if (live.get() < core) spawn(core);
  }

  private boolean spawn(int limit) {
    int n;
    do {
      n = live.get();
      if (n >= limit || closed) return false;
    } while (!live.compareAndSet(n, n + 1));
    Worker w = new Worker();
    Thread t = new Thread(w, name + "-" + serial.incrementAndGet());
    t.setDaemon(true);
    w.thread = t;
    all.add(w);
    t.start();
    return true;
  }

  private final class Worker implements Runnable {
    static final int LIVE = 0;
    static final int ABANDONED = 1;
    static final int GONE = 2;
    private final AtomicInteger state = new AtomicInteger(LIVE);
    volatile Thread thread;
    volatile long busySince;

    boolean counted() {
      return state.get() == LIVE;
    }

    /** Leaves the live count once, whoever asks first (the watchdog abandoning it, or the worker exiting). */
    boolean leave(int how) {
      if (!state.compareAndSet(LIVE, how)) return false;
      live.decrementAndGet();
      return true;
    }

    @Override
    public void run() {
      try {
        long idleSince = System.nanoTime();
        while (!closed && counted()) {
          Runnable task = queue.poll();
          // only a worker above the core can retire; a core worker parks until woken, never on a timer that
          // has already run out (that was a busy loop once its first keep-alive had passed)
          if (task == null) {
            task = parkForWork(live.get() > core ? keepAliveNanos - (System.nanoTime() - idleSince) : -1);
          }
          if (task == null) {
            if (System.nanoTime() - idleSince >= keepAliveNanos && retire()) return;
            continue;
          }
          busySince = System.nanoTime();
          try {
            task.run();
          } catch (Throwable t) { // tasks record their own failures; never let one kill the worker
            LOG.error("health task failed: {}", t.getClass().getName());
          } finally {
            busySince = 0;
            idleSince = System.nanoTime();
          }
        }
      } finally {
        all.remove(this);
        leave(GONE);
      }
    }

    /**
     * Parks until woken or {@code nanos} pass ({@code -1}: until woken); a wake-up meant for another worker may find
     * nothing.
     */
    private Runnable parkForWork(long nanos) {
      parked.offer(this);
      Runnable task = queue.poll();
      if (task != null) {
        if (!parked.remove(this)) signal(); // someone woke us for other work: pass the wake-up on
        return task;
      }
      if (nanos == -1) LockSupport.park(this);
      else LockSupport.parkNanos(this, Math.max(1, nanos));
      parked.remove(this);
      Thread.interrupted(); // a stray interrupt must not reach the next check
      return queue.poll();
    }

    /**
     * A worker above the core exits after the keep-alive without work; a wake-up that found nothing (its
     * task taken by another worker, a stale permit) does not count, so a burst of wake-ups cannot shrink the pool.
     */
    private boolean retire() {
      return !closed && live.get() > core && leave(GONE);
    }
  }
}
