package com.wekruit.valet.health.checks;

import com.wekruit.valet.health.Deadline;
import com.wekruit.valet.internal.Timers;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The deadline cut-off of one check whose driver cannot bound a whole exchange (socket timeouts apply per read;
 * pgjdbc's are whole seconds): at a run's deadline it runs the check's cut-off action (closing its sockets), so a
 * blocked read returns at once. One timer task stays armed across runs and re-arms itself for the current run's
 * deadline when it fires early, so a run that ends in time costs two uncontended locks: no timer task, no allocation
 * and no wake-up of the timer thread (a task per run woke it once per probe). Runs of one check must not
 * overlap (the monitor runs each check single-flight). Thread-safe.
 */
final class Cutoff {
  /** Its own thread: the SDK's shared timer may run callbacks of completed futures, which must not delay a cut-off. */
  private static final ScheduledExecutorService TIMER = Timers.daemon("valet-health-cutoff");
  private final Runnable action;
  /** The deadline of the run in progress, or {@code null}. Guarded by {@code this}. */
  private Deadline current;
  /** When the armed task fires ({@link System#nanoTime()}); meaningful while {@link #armed}. */
  private long armedAt;
  private boolean armed;

  Cutoff(Runnable action) {
    this.action = action;
  }

  /** Guards a run until {@link #end}: at {@code deadline} the action runs unless the run has ended. */
  synchronized void begin(Deadline deadline) {
    current = deadline;
    long at = System.nanoTime() + deadline.remainingNanos();
    if (!armed || at - armedAt < 0) arm(at);
  }

  /** The run guarded since {@link #begin} with {@code deadline} has ended. */
  synchronized void end(Deadline deadline) {
    if (current == deadline) current = null;
  }

  private synchronized void fire(long at) {
    if (!armed || at != armedAt) return; // an earlier deadline re-armed the cut-off: that task is the live one
    armed = false;
    Deadline run = current;
    if (run == null) return;
    if (run.expired()) {
      action.run();
    } else {
      arm(System.nanoTime() + run.remainingNanos());
    }
  }

  private void arm(long at) {
    armed = true;
    armedAt = at;
    TIMER.schedule(() -> fire(at), Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS);
  }
}
