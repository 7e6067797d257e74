package com.wekruit.valet.backup;

import com.wekruit.valet.election.LeaderElection;
import com.wekruit.valet.http.Sleeper;
import com.wekruit.valet.http.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Builds a {@link BackupScheduler}: its jobs, the election, the run log, the missed-run policy. Not thread-safe. */
public final class BackupSchedulerBuilder {
  final List<BackupScheduler.ScheduledJob> jobs = new ArrayList<>();
  LeaderElection election;
  RunLog log;
  BackupScheduler.MissedRuns missed = BackupScheduler.MissedRuns.RUN_ONCE;
  Duration grace = Duration.ofHours(1);
  Clock clock = Clock.systemUTC();
  Ticker ticker = Ticker.SYSTEM;
  Sleeper sleeper = Sleeper.SYSTEM;
  final List<Consumer<BackupEvent>> listeners = new ArrayList<>();

  BackupSchedulerBuilder() {}

  /** Adds a job; {@code name} is its lock and its run records' name, the same on every replica. */
  public BackupSchedulerBuilder job(String name, BackupRun.Kind kind, Schedule schedule, BackupTask task) {
    jobs.add(new BackupScheduler.ScheduledJob(Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(schedule, "schedule"), Objects.requireNonNull(task, "task"),
        Objects.requireNonNull(kind, "kind")));
    return this;
  }

  public BackupSchedulerBuilder election(LeaderElection election) {
    this.election = election;
    return this;
  }

  public BackupSchedulerBuilder runLog(RunLog log) {
    this.log = log;
    return this;
  }

  /** A slot missed by more than {@code grace} (default 1 h) runs once late ({@code RUN_ONCE}, default) or not. */
  public BackupSchedulerBuilder missedRuns(BackupScheduler.MissedRuns policy, Duration grace) {
    this.missed = Objects.requireNonNull(policy, "policy");
    this.grace = Objects.requireNonNull(grace, "grace");
    return this;
  }

  public BackupSchedulerBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  public BackupSchedulerBuilder ticker(Ticker ticker) {
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    return this;
  }

  public BackupSchedulerBuilder sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  public BackupSchedulerBuilder listener(Consumer<BackupEvent> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  public BackupScheduler build() {
    return new BackupScheduler(this);
  }
}
