package com.wekruit.valet.r2;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.backup.BackupCatalog;
import com.wekruit.valet.backup.BackupEvent;
import com.wekruit.valet.backup.BackupManifest;
import com.wekruit.valet.backup.BackupRun;
import com.wekruit.valet.backup.BackupScheduler;
import com.wekruit.valet.backup.BackupTask;
import com.wekruit.valet.backup.PgBackup;
import com.wekruit.valet.backup.PgConnection;
import com.wekruit.valet.backup.RunLog;
import com.wekruit.valet.backup.Schedule;
import com.wekruit.valet.election.ConnectionFactory;
import com.wekruit.valet.election.LeaderElection;
import com.wekruit.valet.testing.FakeTime;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Replicas sharing one PostgreSQL: one runs each scheduled job, the others skip; a lost lock stops the job. */
class R2BackupSchedulerTest {
  static final int MIB = 1024 * 1024;
  static PgBed pg;
  static S3ProxyServer s3;
  static R2ObjectStore store;
  static PgConnection big;
  static LeaderElection election;

  @BeforeAll
  static void start() throws Exception {
    pg = PgBed.shared();
    s3 = new S3ProxyServer();
    store = s3.store("replicas").build();
    big = R2PgBackupTest.bigOn(pg);
    election = LeaderElection.builder().connections(ConnectionFactory.jdbc("jdbc:postgresql://127.0.0.1:"
        + pg.pg.getPort() + "/bigshop", "backup", PgBed.PASSWORD)).build();
  }

  @AfterAll
  static void stop() throws Exception {
    store.close();
    s3.close();
  }

  static BackupScheduler replica(FakeTime time, String job, BackupTask task, List<BackupEvent> events,
      RunLog log) {
    return BackupScheduler.builder().election(election).runLog(log).clock(time).ticker(time).sleeper(time)
        .listener(events::add).job(job, BackupRun.Kind.BACKUP, Schedule.dailyAt(LocalTime.of(3, 0)), task).build();
  }

  @Test
  void twoReplicasStartedTogether_oneRunsTheBackup_theOtherSkips() throws Exception {
    FakeTime time = new FakeTime(Instant.parse("2026-11-27T03:00:05Z"));
    PgBackup backup = PgBackup.builder(big, store).prefix("together").minSize(MIB).build();
    RunLog log = new RunLog(store, backup.keys());
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    BackupTask slow = guard -> {
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      BackupManifest m = backup.run(guard);
      return new BackupTask.Result(m.key(), m.sizeBytes(), "ok");
    };
    List<BackupEvent> events = new CopyOnWriteArrayList<>();
    BackupScheduler a = replica(time, "pg-backup:bigshop", slow, events, log);
    BackupScheduler b = replica(time, "pg-backup:bigshop", slow, events, log);
    CompletableFuture<List<BackupRun>> first = CompletableFuture.supplyAsync(a::runDue);
    entered.await();
    List<BackupRun> second = b.runDue();
    release.countDown();
    List<BackupRun> ran = first.join();

    assertEquals(BackupRun.Outcome.SKIPPED, second.get(0).outcome());
    assertEquals("another replica leads", second.get(0).message());
    assertEquals(BackupRun.Outcome.SUCCEEDED, ran.get(0).outcome(), ran.get(0).message());
    assertTrue(ran.get(0).bytes() > MIB);
    assertEquals(1, new BackupCatalog(store, backup.keys()).backups().size());
    assertEquals(ran.get(0), log.last("pg-backup:bigshop").orElseThrow(), "the record is shared");
    assertTrue(b.runDue().isEmpty(), "the other replica sees the slot done");
    assertEquals(2, events.size(), "a record and an event per run: " + events);
  }

  @Test
  void theLockHoldersConnectionKilledMidRun_stopsTheBackup_andLeavesNothing() {
    FakeTime time = new FakeTime(Instant.parse("2026-11-27T03:00:05Z"));
    java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
    PgBackup backup = PgBackup.builder(big, store).prefix("killed").minSize(MIB).compressLevel(0).upload(5 * MIB, 2)
        .progressEvery(Duration.ZERO).listener(e -> {
          if (e instanceof BackupEvent.Progress && killed.compareAndSet(false, true)) killAdvisoryLockHolders();
        }).build();
    RunLog log = new RunLog(store, backup.keys());
    BackupTask task = guard -> {
      BackupManifest m = backup.run(guard);
      return new BackupTask.Result(m.key(), m.sizeBytes(), "ok");
    };
    List<BackupRun> runs = replica(time, "pg-backup:killed", task, new CopyOnWriteArrayList<>(), log).runDue();
    assertEquals(BackupRun.Outcome.FAILED, runs.get(0).outcome());
    assertTrue(runs.get(0).message().startsWith("LeadershipLostException"), runs.get(0).message());
    assertTrue(store.list(backup.keys().root()).stream().allMatch(o -> o.key().contains("/runs/")),
        "no dump object and no manifest");
    assertTrue(store.incompleteUploads(backup.keys().root()).stream().findAny().isEmpty());
    assertEquals(BackupRun.Outcome.FAILED, log.last("pg-backup:killed").orElseThrow().outcome());
  }

  @Test
  void aMissedSlot_runsOnceLate_neverAsABurst_orWaitsForTheNextSlotWhenSkipped() {
    FakeTime time = new FakeTime(Instant.parse("2026-11-27T10:00:00Z"));
    RunLog log = new RunLog(store, com.wekruit.valet.backup.BackupKeys.of("missed", "db"));
    BackupTask cheap = guard -> {
      guard.ensureHeld();
      return new BackupTask.Result(null, 0, "ran");
    };
    List<BackupEvent> events = new CopyOnWriteArrayList<>();
    BackupScheduler catchUp = replica(time, "catch-up", cheap, events, log);
    assertEquals(1, catchUp.runDue().size(), "the 03:00 slot was missed: run once now");
    time.advance(Duration.ofHours(3));
    assertTrue(catchUp.runDue().isEmpty(), "not again in the same slot");
    time.advance(Duration.ofDays(3));
    assertEquals(1, catchUp.runDue().size(), "three missed days still make one run");

    FakeTime late = new FakeTime(Instant.parse("2026-11-27T10:00:00Z"));
    BackupScheduler skip = BackupScheduler.builder().election(election).runLog(log).clock(late).ticker(late)
        .sleeper(late).missedRuns(BackupScheduler.MissedRuns.SKIP, Duration.ofHours(1))
        .job("skip-missed", BackupRun.Kind.BACKUP, Schedule.dailyAt(LocalTime.of(3, 0)), cheap).build();
    assertTrue(skip.runDue().isEmpty(), "seven hours late: skipped");
    late.advance(Duration.ofHours(17).plusMinutes(1));
    assertEquals(BackupRun.Outcome.SUCCEEDED, skip.runDue().get(0).outcome(), "at the next 03:00");
  }

  static void killAdvisoryLockHolders() {
    try (Connection c = pg.superuser("postgres"); Statement s = c.createStatement()) {
      s.execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
