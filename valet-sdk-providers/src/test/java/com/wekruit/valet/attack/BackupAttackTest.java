package com.wekruit.valet.attack;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.backup.BackupCatalog;
import com.wekruit.valet.backup.BackupEvent;
import com.wekruit.valet.backup.BackupException;
import com.wekruit.valet.backup.BackupKeys;
import com.wekruit.valet.backup.BackupManifest;
import com.wekruit.valet.backup.BackupRun;
import com.wekruit.valet.backup.BackupScheduler;
import com.wekruit.valet.backup.BackupTask;
import com.wekruit.valet.backup.BackupVerifier;
import com.wekruit.valet.backup.Guard;
import com.wekruit.valet.backup.PgBackup;
import com.wekruit.valet.backup.PgConnection;
import com.wekruit.valet.backup.PgTools;
import com.wekruit.valet.backup.Retention;
import com.wekruit.valet.backup.RunLog;
import com.wekruit.valet.backup.Schedule;
import com.wekruit.valet.backup.VerifyTier;
import com.wekruit.valet.election.ConnectionFactory;
import com.wekruit.valet.election.LeaderElection;
import com.wekruit.valet.r2.R2ObjectStore;
import com.wekruit.valet.r2.S3ProxyServer;
import com.wekruit.valet.store.ObjectContent;
import com.wekruit.valet.testing.FakeTime;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The backup subsystem from outside: colliding database names, a replica with a fast clock, a corrupt run record, a
 * misplaced verification record, a table locked by a stuck migration, a pg_dump that echoes garbage or the password,
 * a drill aimed at the source under another host spelling, listeners that throw.
 */
class BackupAttackTest {
  private static final String PASSWORD = "Backup-Pw-7f3a9c1e5b2d";
  private static EmbeddedPostgres pg;
  private static S3ProxyServer s3;
  private static R2ObjectStore store;
  private static LeaderElection election;

  @BeforeAll
  static void start() throws Exception {
    pg = EmbeddedPostgres.builder().setDataDirectoryCustomizer(dir -> {
      try {
        Files.writeString(dir.toPath().resolve("pg_hba.conf"), "local all all trust\n"
            + "host all postgres 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n"
            + "host all postgres ::1/128 trust\nhost all all ::1/128 scram-sha-256\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).start();
    try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
      s.execute("CREATE ROLE backup LOGIN CREATEDB PASSWORD '" + PASSWORD + "'");
    }
    s3 = new S3ProxyServer();
    store = s3.store("attack-backup").build();
    database("elect");
    election = LeaderElection.builder().connections(ConnectionFactory.jdbc("jdbc:postgresql://127.0.0.1:"
        + pg.getPort() + "/elect", "backup", PASSWORD)).build();
  }

  @AfterAll
  static void stop() throws Exception {
    store.close();
    s3.close();
    pg.close();
  }

  static Connection superuser(String db) throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + db, "postgres", "");
  }

  static PgConnection database(String db, String... sql) throws SQLException {
    try (Connection c = superuser("postgres"); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + db + " OWNER backup");
    }
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + db,
        "backup", PASSWORD); Statement s = c.createStatement()) {
      for (String q : sql) s.execute(q);
    }
    return source(db);
  }

  static PgConnection source(String db) {
    return PgConnection.builder().host("127.0.0.1").port(pg.getPort()).database(db).user("backup")
        .password(PASSWORD).build();
  }

  static String[] rows() {
    return new String[] {"CREATE TABLE items (id int PRIMARY KEY, name text)",
        "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 50) g"};
  }

  /** A bin directory whose pg_dump is {@code script} (a POSIX sh body) and whose pg_restore is the system one. */
  static PgTools fakePgDump(String script) throws IOException {
    Path dir = Files.createTempDirectory("fake-pgdump");
    Path dump = dir.resolve("pg_dump");
    Files.writeString(dump, "#!/bin/sh\nif [ \"$1\" = \"--version\" ]; then echo 'pg_dump (PostgreSQL) 15.19';"
        + " exit 0; fi\n" + script + "\n");
    Files.setPosixFilePermissions(dump, PosixFilePermissions.fromString("rwx------"));
    Files.createSymbolicLink(dir.resolve("pg_restore"), PgTools.onPath().pgRestore());
    return PgTools.in(dir);
  }

  static BackupScheduler scheduler(FakeTime time, RunLog log, String... jobs) {
    var b = BackupScheduler.builder().election(election).runLog(log).clock(time).ticker(time).sleeper(time);
    for (String j : jobs) {
      b.job(j, BackupRun.Kind.BACKUP, Schedule.dailyAt(LocalTime.of(3, 0)), guard -> {
        guard.ensureHeld();
        return new BackupTask.Result(null, 0, "ran");
      });
    }
    return b.build();
  }

  // --- keys ---------------------------------------------------------------------------------------------------

  @Test
  void databasesWhoseNamesDifferOnlyInUnsafeCharacters_getSeparateCatalogs_andNoDotSegments() {
    assertNotEquals(BackupKeys.of("pg", "shop db").root(), BackupKeys.of("pg", "shop_db").root(),
        "two databases must never share a catalog (retention of one would count and delete the other's backups)");
    assertNotEquals(BackupKeys.of("pg", "shop/x").root(), BackupKeys.of("pg", "shop_x").root());
    for (String dots : new String[] {".", ".."}) {
      String root = BackupKeys.of("pg", dots).root();
      assertFalse(("/" + root).contains("/./") || ("/" + root).contains("/../"),
          "a database named " + dots + " must not make a dot segment in its keys: " + root);
    }
  }

  // --- scheduler ------------------------------------------------------------------------------------------------

  @Test
  void aRunRecordStampedByAReplicaWithAFastClock_doesNotStopTodaysBackup() {
    FakeTime time = new FakeTime(Instant.parse("2026-11-28T03:00:05Z"));
    RunLog log = new RunLog(store, BackupKeys.of("skew", "db"));
    log.add(new BackupRun("daily", BackupRun.Kind.BACKUP, BackupRun.Outcome.SUCCEEDED, null, 0,
        Instant.parse("2027-11-28T03:00:00Z"), Instant.parse("2027-11-28T03:00:09Z"), 9000, "from a fast clock"));
    List<BackupRun> runs = scheduler(time, log, "daily").runDue();
    assertEquals(1, runs.size(), "today's 03:00 slot has not run: a record from the future proves nothing");
    assertEquals(BackupRun.Outcome.SUCCEEDED, runs.get(0).outcome());
  }

  @Test
  void anUnreadableRunRecord_isPassedOver_andEveryJobStillRuns() {
    FakeTime time = new FakeTime(Instant.parse("2026-11-28T03:00:05Z"));
    BackupKeys keys = BackupKeys.of("corrupt", "db");
    RunLog log = new RunLog(store, keys);
    store.put(keys.runsPrefix() + "a/20261127T030001Z-bad.json", "{\"job\": tru".getBytes(StandardCharsets.UTF_8),
        "application/json");
    List<BackupRun> runs = assertDoesNotThrow(() -> scheduler(time, log, "a", "b").runDue());
    assertEquals(2, runs.size(), "both jobs are due today: " + runs);
    assertTrue(runs.stream().allMatch(r -> r.outcome() == BackupRun.Outcome.SUCCEEDED), runs.toString());
  }

  @Test
  void aTaskThrowingAnError_failsItsRun_withARecord_andTheOtherJobsStillRun() {
    FakeTime time = new FakeTime(Instant.parse("2026-11-28T03:00:05Z"));
    RunLog log = new RunLog(store, BackupKeys.of("errors", "db"));
    List<BackupEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    BackupScheduler s = BackupScheduler.builder().election(election).runLog(log).clock(time).ticker(time)
        .sleeper(time).listener(events::add)
        .job("linkage", BackupRun.Kind.BACKUP, Schedule.dailyAt(LocalTime.of(3, 0)), guard -> {
          throw new NoClassDefFoundError("org/postgresql/Driver (an optional dependency left out)");
        })
        .job("after", BackupRun.Kind.BACKUP, Schedule.dailyAt(LocalTime.of(3, 0)), guard -> {
          guard.ensureHeld();
          return new BackupTask.Result(null, 0, "ran");
        }).build();
    List<BackupRun> runs = assertDoesNotThrow(s::runDue, "the scheduler thread must survive a task's Error");
    assertEquals(List.of(BackupRun.Outcome.FAILED, BackupRun.Outcome.SUCCEEDED),
        runs.stream().map(BackupRun::outcome).toList());
    assertTrue(runs.get(0).message().contains("NoClassDefFoundError"), runs.get(0).message());
    assertEquals(BackupRun.Outcome.FAILED, log.last("linkage").orElseThrow().outcome(), "the failure is recorded");
    assertEquals(2, events.size());
  }

  // --- retention --------------------------------------------------------------------------------------------------

  @Test
  void aVerificationRecordOfAnotherBackup_doesNotCount_soRetentionKeepsTheOldBackup() throws Exception {
    PgConnection db = database("forged", rows());
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<BackupManifest> made = new ArrayList<>();
    for (int age : new int[] {40, 2, 1}) {
      made.add(PgBackup.builder(db, store).prefix("forged").minSize(0)
          .clock(new FakeTime(now.minus(Duration.ofDays(age)))).build().run(Guard.NONE));
    }
    BackupCatalog catalog = new BackupCatalog(store, BackupKeys.of("forged", "forged"));
    BackupVerifier.builder(catalog).build().verify(made.get(2), VerifyTier.TOC, Guard.NONE);
    byte[] record;
    try (ObjectContent c = store.get(made.get(2).key().replace(".dump", ".verified.json"))) {
      record = c.readAllBytes();
    }
    // the newest backup's record copied beside the 2-day-old backup (a sync tool, a hand restore, a hostile writer)
    store.put(made.get(1).key().replace(".dump", ".verified.json"), record, "application/json");

    Retention retention = Retention.builder(catalog).minKeep(2).clock(new FakeTime(now)).build();
    assertEquals(List.of(), retention.plan().expire(),
        "only one backup newer than 40 days is verified, fewer than minKeep=2: nothing may be deleted");
  }

  // --- pg_dump --------------------------------------------------------------------------------------------------

  @Test
  void aTableLockedByAStuckMigration_failsTheBackupWithinTheToolTimeout_leavingNothing() throws Exception {
    PgConnection db = database("locked", rows());
    PgBackup backup = PgBackup.builder(db, store).prefix("locked").minSize(0).toolTimeout(Duration.ofSeconds(2))
        .build();
    try (Connection migration = superuser("locked"); Statement s = migration.createStatement()) {
      migration.setAutoCommit(false);
      s.execute("LOCK TABLE items IN ACCESS EXCLUSIVE MODE");
      CompletableFuture<BackupManifest> run = CompletableFuture.supplyAsync(() -> backup.run(Guard.NONE));
      try {
        Throwable e = assertThrows(Exception.class, () -> run.get(15, TimeUnit.SECONDS)).getCause();
        assertInstanceOf(BackupException.class, e, "fails, typed, within the tool timeout");
        assertEquals(BackupException.Reason.TOOL_FAILED, ((BackupException) e).reason(), e.getMessage());
      } finally {
        migration.rollback();
        try {
          run.get(60, TimeUnit.SECONDS);
        } catch (Exception ignored) {
          // let the hung run end
        }
      }
    }
    assertTrue(store.list("locked/").stream().findAny().isEmpty(), "nothing visible");
    assertTrue(store.incompleteUploads("locked/").stream().findAny().isEmpty(), "no open upload");
  }

  @Test
  void aPgDumpThatGoesSilentMidStream_isKilledAfterTheToolTimeout_andTheUploadAborted() throws Exception {
    PgConnection db = database("silent", rows());
    PgTools tools = fakePgDump("printf 'PGDMP'\nexec sleep 30");
    PgBackup backup = PgBackup.builder(db, store).prefix("silent").tools(tools).minSize(0)
        .toolTimeout(Duration.ofSeconds(2)).build();
    CompletableFuture<BackupManifest> run = CompletableFuture.supplyAsync(() -> backup.run(Guard.NONE));
    Throwable e = assertThrows(ExecutionException.class, () -> run.get(15, TimeUnit.SECONDS)).getCause();
    assertInstanceOf(BackupException.class, e);
    assertEquals(BackupException.Reason.TOOL_FAILED, ((BackupException) e).reason(), e.getMessage());
    assertTrue(e.getMessage().contains("wrote nothing"), e.getMessage());
    assertTrue(store.list("silent/").stream().findAny().isEmpty(), "nothing visible");
    assertTrue(store.incompleteUploads("silent/").stream().findAny().isEmpty(), "no open upload");
  }

  @Test
  void pgDumpStderrCutThroughThePassword_isRedactedBeforeItIsCut() throws Exception {
    PgConnection db = database("leak", rows());
    PgTools tools = fakePgDump("printf 'pg_dump: error: connection failed for password %s' \"$PGPASSWORD\" >&2\n"
        + "head -c 590 /dev/zero | tr '\\0' x >&2\nexit 1");
    PgBackup backup = PgBackup.builder(db, store).prefix("leak").tools(tools).minSize(0).build();
    BackupException e = assertThrows(BackupException.class, () -> backup.run(Guard.NONE));
    assertTrue(e.getMessage().contains("exited 1"), e.getMessage());
    assertFalse(e.getMessage().contains(PASSWORD.substring(PASSWORD.length() - 8)),
        "no part of the password in the error: " + e.getMessage());
  }

  @Test
  void thePasswordNeverReachesPgDumpsArguments_andGarbageWithExitZeroIsNoBackup() throws Exception {
    PgConnection db = database("garbage", rows());
    Path args = Files.createTempFile("pgdump-args", ".txt");
    PgTools tools = fakePgDump("echo \"$@\" > '" + args + "'\nhead -c 3000000 /dev/urandom\nexit 0");
    PgBackup backup = PgBackup.builder(db, store).prefix("garbage").tools(tools).minSize(1 << 20).build();
    BackupException e = assertThrows(BackupException.class, () -> backup.run(Guard.NONE));
    assertEquals(BackupException.Reason.TOOL_FAILED, e.reason(), e.getMessage());
    String argv = Files.readString(args);
    assertTrue(argv.contains("--format=custom"), argv);
    assertFalse(argv.contains(PASSWORD), argv);
    assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
    assertTrue(store.list("garbage/").stream().findAny().isEmpty(), "nothing visible");
    assertTrue(store.incompleteUploads("garbage/").stream().findAny().isEmpty(), "no open upload");
  }

  // --- restore drill ------------------------------------------------------------------------------------------

  @Test
  void aDrillIntoTheSourceUnderAnotherHostSpelling_orIntoAnUnmarkedDatabase_isRefused_andDropsNothing()
      throws Exception {
    PgConnection db = database("drillsrc", rows());
    List<BackupEvent> seen = new ArrayList<>();
    BackupManifest m = PgBackup.builder(db, store).prefix("drill").minSize(0).listener(e -> {
      seen.add(e);
      throw new IllegalStateException("listener broke");
    }).build().run(Guard.NONE);
    assertFalse(seen.isEmpty(), "events were delivered; the throwing listener did not stop the backup");
    BackupCatalog catalog = new BackupCatalog(store, BackupKeys.of("drill", "drillsrc"));
    assertEquals(List.of(m), catalog.backups());

    PgConnection sameByAlias = PgConnection.builder().host("localhost").port(pg.getPort()).database("drillsrc")
        .user("backup").password(PASSWORD).build();
    BackupException alias = assertThrows(BackupException.class, () -> BackupVerifier.builder(catalog)
        .scratch(sameByAlias, db).build().verify(m, VerifyTier.RESTORE, Guard.NONE));
    assertEquals(BackupException.Reason.REFUSED, alias.reason());

    database("precious", "CREATE TABLE keep (id int)", "INSERT INTO keep VALUES (1)");
    BackupException unmarked = assertThrows(BackupException.class, () -> BackupVerifier.builder(catalog)
        .scratch(source("precious"), db).build().verify(m, VerifyTier.RESTORE, Guard.NONE));
    assertEquals(BackupException.Reason.REFUSED, unmarked.reason());
    try (Connection c = superuser("precious"); Statement s = c.createStatement();
        var r = s.executeQuery("SELECT count(*) FROM keep")) {
      assertTrue(r.next());
      assertEquals(1, r.getInt(1));
    }
    try (Connection c = superuser("drillsrc"); Statement s = c.createStatement();
        var r = s.executeQuery("SELECT count(*) FROM items")) {
      assertTrue(r.next());
      assertEquals(50, r.getInt(1));
    }
  }
}
