package com.wekruit.valet.backup;

import com.wekruit.valet.election.LeaderElection;
import com.wekruit.valet.election.Leadership;
import com.wekruit.valet.http.Sleeper;
import com.wekruit.valet.http.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs backup tasks on UTC calendar schedules (daily backup at 03:00, monthly drill) on every replica, while exactly
 * one replica runs each due job: the one that wins the job's PostgreSQL advisory lock ({@link LeaderElection}); the
 * others record a skip. Whether a job is due is read from the shared {@link RunLog} and read again once the lock is
 * held, so a job runs once per slot. Missed slots (the process was down at 03:00) run once at the next check when
 * {@link MissedRuns#RUN_ONCE}, never as a burst. Each run yields a {@link BackupRun} record and a
 * {@link BackupEvent.Finished} event; the lock's session is asked before each side effect, so a replica whose lock
 * connection died stops. Thread-safe; {@link #start()} runs the checks on one named daemon thread until
 * {@link #close()}.
 */
public final class BackupScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BackupScheduler.class);
  /** How far ahead another replica's clock may run and its run record still count for the current slot. */
  static final Duration CLOCK_SKEW = Duration.ofHours(1);
  private final List<ScheduledJob> jobs;
  private final LeaderElection election;
  private final RunLog log;
  private final MissedRuns missed;
  private final Duration grace;
  private final Clock clock;
  private final Ticker ticker;
  private final Sleeper sleeper;
  private final Listeners listeners;
  private volatile Thread thread;
  private volatile boolean closed;

  /** What to do with a slot that passed more than the grace period ago without a run. */
  public enum MissedRuns { RUN_ONCE, SKIP }

  record ScheduledJob(String name, Schedule schedule, BackupTask task, BackupRun.Kind kind) {}

  BackupScheduler(BackupSchedulerBuilder b) {
    this.jobs = List.copyOf(b.jobs);
    this.election = Objects.requireNonNull(b.election, "election");
    this.log = Objects.requireNonNull(b.log, "runLog");
    this.missed = b.missed;
    this.grace = b.grace;
    this.clock = b.clock;
    this.ticker = b.ticker;
    this.sleeper = b.sleeper;
    this.listeners = new Listeners(b.listeners);
  }

  public static BackupSchedulerBuilder builder() {
    return new BackupSchedulerBuilder();
  }

  /**
   * Runs every job that is due now (on this thread) and returns their records, skips included. A job is due when its
   * latest slot has no run record yet, and that slot is within the grace period or missed runs run once.
   */
  public List<BackupRun> runDue() {
    List<BackupRun> out = new ArrayList<>();
    for (ScheduledJob j : jobs) if (due(j)) out.add(runElected(j));
    return out;
  }

  private boolean due(ScheduledJob j) {
    Instant now = clock.instant();
    Instant slot = j.schedule().previous(now);
    // a record from a replica whose clock runs ahead by more than the skew allowance is no proof of a run now
    Optional<BackupRun> last = log.last(j.name(), now.plus(CLOCK_SKEW));
    if (last.isPresent() && !last.get().startedAt().isBefore(slot)) return false;
    return missed == MissedRuns.RUN_ONCE || !now.isAfter(slot.plus(grace));
  }

  private BackupRun runElected(ScheduledJob j) {
    Instant start = clock.instant();
    long t0 = ticker.nanos();
    Optional<Leadership> won = election.tryLead(j.name());
    if (won.isEmpty()) return finish(j, start, t0, BackupRun.Outcome.SKIPPED, null, "another replica leads", false);
    try (Leadership lead = won.get()) {
      if (!due(j)) return finish(j, start, t0, BackupRun.Outcome.SKIPPED, null, "already ran in this slot", false);
      BackupTask.Result r;
      try {
        r = j.task().run(lead::ensureHeld);
      } catch (RuntimeException | Error e) {
        // an Error of the task (a missing class, a stack overflow) fails this run, not the scheduler; the JVM's own
        // distress (out of memory, internal error) still propagates
        if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) throw e;
        return finish(j, start, t0, BackupRun.Outcome.FAILED, new BackupTask.Result(null, 0, null),
            e.getClass().getSimpleName() + ": " + e.getMessage(), true);
      }
      return finish(j, start, t0, BackupRun.Outcome.SUCCEEDED, r, r.message(), true);
    }
  }

  private BackupRun finish(ScheduledJob j, Instant start, long t0, BackupRun.Outcome outcome, BackupTask.Result r,
      String message, boolean store) {
    String text = message == null ? "" : message.length() > 500 ? message.substring(0, 500) + "..." : message;
    BackupRun run = new BackupRun(j.name(), j.kind(), outcome, r == null ? null : r.key(), r == null ? 0 : r.bytes(),
        start, clock.instant(), Duration.ofNanos(ticker.nanos() - t0).toMillis(), text);
    if (store) {
      try {
        log.add(run);
      } catch (RuntimeException e) {
        LOG.warn("{}: storing the run record failed: {}", j.name(), e.getClass().getSimpleName());
      }
    }
    listeners.publish(new BackupEvent.Finished(run));
    return run;
  }

  /** When the next check is due: the earliest next slot of any job. */
  Instant nextCheck() {
    Instant now = clock.instant();
    return jobs.stream().map(j -> j.schedule().next(now)).min(Instant::compareTo).orElse(now.plus(Duration.ofDays(1)));
  }

  /** Starts checking on a daemon thread: once now (catching up missed runs), then at each next slot. */
  public synchronized BackupScheduler start() {
    if (thread != null) throw new IllegalStateException("already started");
    Thread t = new Thread(this::loop, "valet-backup-scheduler");
    t.setDaemon(true);
    thread = t;
    t.start();
    return this;
  }

  private void loop() {
    while (!closed) {
      try {
        runDue();
        sleeper.sleep(Duration.between(clock.instant(), nextCheck()).plusSeconds(1));
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.warn("backup scheduler check failed: {}", e.getClass().getSimpleName());
        try {
          sleeper.sleep(Duration.ofMinutes(5));
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }

  /** Stops the thread (interrupting a running task's waits). */
  @Override
  public void close() {
    closed = true;
    Thread t = thread;
    if (t != null) t.interrupt();
  }
}
