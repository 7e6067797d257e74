package com.wekruit.valet.readme;

import com.wekruit.valet.backup.BackupCatalog;
import com.wekruit.valet.backup.BackupRun;
import com.wekruit.valet.backup.BackupRun.Kind;
import com.wekruit.valet.backup.BackupScheduler;
import com.wekruit.valet.backup.BackupTask;
import com.wekruit.valet.backup.BackupVerifier;
import com.wekruit.valet.backup.PgBackup;
import com.wekruit.valet.backup.PgConnection;
import com.wekruit.valet.backup.Retention;
import com.wekruit.valet.backup.RunLog;
import com.wekruit.valet.backup.Schedule;
import com.wekruit.valet.backup.VerifyTier;
import com.wekruit.valet.election.LeaderElection;
import com.wekruit.valet.r2.R2ObjectStore;
import com.wekruit.valet.testing.FakeTime;
import java.time.LocalTime;
import java.util.List;

/** README "Backups": pg_dump into R2, verified, kept by retention, scheduled on one elected replica. */
final class BackupSnippet {
  private BackupSnippet() {}

  static List<BackupRun> run(int port, String password, R2ObjectStore r2, LeaderElection election, FakeTime time) {
    // readme:begin
    PgConnection shop = PgConnection.builder().host("127.0.0.1").port(port).database("shop").user("postgres")
        .password(password).build();                       // reaches pg_dump only through its environment
    PgBackup backup = PgBackup.builder(shop, r2).prefix("pg").minSize(16 << 10).build();   // default floor 1 MiB
    BackupCatalog catalog = new BackupCatalog(r2, backup.keys());
    BackupVerifier verifier = BackupVerifier.builder(catalog).scratch(shop.withDatabase("shop_drill"), shop).build();
    Retention retention = Retention.builder(catalog).build();   // 30 days, never fewer than 7 newer verified
    BackupScheduler scheduler = BackupScheduler.builder().election(election).runLog(new RunLog(r2, backup.keys()))
        .job("pg-backup:shop", Kind.BACKUP, Schedule.dailyAt(LocalTime.of(3, 0)),
            BackupTask.backup(backup, verifier, VerifyTier.TOC, retention))
        .job("pg-drill:shop", Kind.DRILL, Schedule.monthlyAt(1, LocalTime.of(4, 0)), BackupTask.drill(catalog, verifier))
        .clock(time).ticker(time)                         // production: omit both (UTC system clock)
        .build();
    List<BackupRun> runs = scheduler.runDue();            // production: scheduler.start(), closed on shutdown
    // readme:end
    return runs;
  }
}
