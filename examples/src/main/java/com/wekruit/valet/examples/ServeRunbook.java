package com.wekruit.valet.examples;

import com.sun.management.OperatingSystemMXBean;
import com.wekruit.valet.alert.AlertEvaluator;
import com.wekruit.valet.alert.AlertService;
import com.wekruit.valet.alert.RunbookAlerts;
import com.wekruit.valet.backup.BackupCatalog;
import com.wekruit.valet.backup.BackupEvent;
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
import com.wekruit.valet.betterstack.BetterStackIncidentSink;
import com.wekruit.valet.election.ConnectionFactory;
import com.wekruit.valet.election.LeaderElection;
import com.wekruit.valet.metrics.DiskUsage;
import com.wekruit.valet.metrics.ErrorCounter;
import com.wekruit.valet.metrics.Gauge;
import com.wekruit.valet.metrics.HealthMetrics;
import com.wekruit.valet.metrics.PostgresConnections;
import com.wekruit.valet.metrics.Samples;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;

/**
 * What {@code --serve} runs beside the health monitor, as a service embedding the SDK would: the runbook's six alerts
 * (ticking every 60 s, incidents to the Better Stack simulator) and the backup scheduler (daily at 03:00 UTC, a monthly
 * restore drill), both elected on the local PostgreSQL.
 */
final class ServeRunbook implements AutoCloseable {
  private final AlertService alerts;
  private final BackupScheduler backups;

  ServeRunbook(HealthStep health, LocalStack stack, LocalR2 r2, Providers providers, PrintStream out) {
    ConnectionFactory db = ConnectionFactory.jdbc(stack.jdbcUrl(), "postgres", "");
    LeaderElection election = LeaderElection.builder().connections(db).build();
    Samples samples = new Samples();
    HealthMetrics checks = new HealthMetrics(health.monitor, samples, "api").withTlsExpiry(Clock.systemUTC());
    ErrorCounter errors = new ErrorCounter("app.errors", samples);
    PostgresConnections pg = new PostgresConnections(db, samples, 2);
    DiskUsage disk = new DiskUsage("root", Path.of("/"), samples);
    Gauge ram = new Gauge("ram.percent", samples, ServeRunbook::ramPercent);
    AlertEvaluator evaluator = AlertEvaluator.builder(samples).rules(RunbookAlerts.rules(new RunbookAlerts.Inputs(
        checks.up("api"), errors.metric(), pg.connections(), pg.usable(), disk.percent(), checks.tlsSecondsLeft("api"),
        ram.metric()), "oncall")).onEvent(e -> out.printf("  alert %s: %s -> %s%n", e.rule().name(), e.previous(),
            e.current())).build();
    alerts = AlertService.builder(evaluator).source(checks).source(errors).source(pg).source(disk).source(ram)
        .sink("oncall", new BetterStackIncidentSink(providers.incidents(), "oncall@example.com"))
        .election(election, "demo-alerts").build().start();
    PgConnection source = PgConnection.builder().host("127.0.0.1").port(stack.pgPort()).database("postgres")
        .user("postgres").build();
    PgBackup backup = PgBackup.builder(source, r2.store()).prefix("pg").minSize(1024).build();
    BackupCatalog catalog = new BackupCatalog(r2.store(), backup.keys());
    BackupVerifier verifier = BackupVerifier.builder(catalog)
        .scratch(source.withDatabase("postgres_drill"), source).build();
    backups = BackupScheduler.builder().election(election).runLog(new RunLog(r2.store(), backup.keys()))
        .job("pg-backup:postgres", Kind.BACKUP, Schedule.dailyAt(LocalTime.of(3, 0)),
            BackupTask.backup(backup, verifier, VerifyTier.TOC, Retention.builder(catalog).build()))
        .job("pg-drill:postgres", Kind.DRILL, Schedule.monthlyAt(1, LocalTime.of(4, 0)),
            BackupTask.drill(catalog, verifier))
        .listener(e -> {
          if (e instanceof BackupEvent.Finished f) out.printf("  backup job: %s%n", f.run());
        }).build().start();
  }

  private static double ramPercent() {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long total = os.getTotalMemorySize();
    return total == 0 ? Double.NaN : 100.0 * (total - os.getFreeMemorySize()) / total;
  }

  @Override
  public void close() {
    backups.close();
    alerts.close();
  }
}
