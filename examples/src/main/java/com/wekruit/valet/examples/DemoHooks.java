package com.wekruit.valet.examples;

import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.r2.R2ObjectStore;
import java.io.PrintStream;

/**
 * The demo's backup and alerting steps ({@code BackupDemoStep}: pg_dump to R2, verified, restore drill;
 * {@code AlertDemoStep}: the induced failure firing and resolving, a scaling decision); a hook left {@code null}
 * reports PENDING.
 */
final class DemoHooks {
  /** What a hook gets from the demo: the local stack, the local R2, the running health monitor, the log sink. */
  record Context(String jdbcUrl, int pgPort, int redisPort, R2ObjectStore r2, HealthMonitor health,
      String betterStackUrl, PrintStream out) {}

  /** A step of another branch; returns its one-line result for the summary. */
  @FunctionalInterface
  interface Hook {
    String run(Context context) throws Exception;
  }

  /** pg_dump of a seeded database on the local stack into the local R2, verified, with a restore drill. */
  static final Hook BACKUP = c -> BackupDemoStep.run(BackupDemoStep.seedShop(c.pgPort()), c.r2(), c.out());
  /** The API-down alert pending, firing (webhook captured) and resolved on demo time; one scaling decision. */
  static final Hook ALERTS_AND_SCALING = c -> AlertDemoStep.run(c.out());

  private DemoHooks() {}

  static void run(Progress progress, String title, String step, Hook hook, Context c) {
    if (hook == null) progress.notRun(title, Progress.Outcome.PENDING, step + " is not wired in yet (DemoHooks)");
    else progress.step(title, () -> hook.run(c));
  }
}
