package com.wekruit.valet.examples;

import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.r2.R2ObjectStore;
import java.io.PrintStream;

/**
 * Where the demo's backup and alerting steps plug in. The steps themselves come from their own branches
 * ({@code BackupDemoStep}: pg_dump to R2, verified, restore drill; {@code AlertDemoStep}: the six alerts, the induced
 * failure firing and resolving, a scaling decision); until they are wired, each hook reports PENDING.
 */
final class DemoHooks {
  /** What a hook gets from the demo: the local stack, the local R2, the running health monitor, the log sink. */
  record Context(String jdbcUrl, int redisPort, R2ObjectStore r2, HealthMonitor health, String betterStackUrl,
      PrintStream out) {}

  /** A step of another branch; returns its one-line result for the summary. */
  @FunctionalInterface
  interface Hook {
    String run(Context context) throws Exception;
  }

  /** TODO(lead, after merging branch backup): {@code BackupDemoStep::run}. {@code null} while not wired. */
  static final Hook BACKUP = null;
  /** TODO(lead, after merging branch alert): {@code AlertDemoStep::run}. {@code null} while not wired. */
  static final Hook ALERTS_AND_SCALING = null;

  private DemoHooks() {}

  static void run(Progress progress, String title, String step, Hook hook, Context c) {
    if (hook == null) progress.notRun(title, Progress.Outcome.PENDING, step + " is not wired in yet (DemoHooks)");
    else progress.step(title, () -> hook.run(c));
  }
}
