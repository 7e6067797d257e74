package com.wekruit.valet.examples;

import com.wekruit.valet.backup.BackupCatalog;
import com.wekruit.valet.backup.BackupKeys;
import com.wekruit.valet.runbook.BackupInventory;
import com.wekruit.valet.runbook.AuditReport;
import com.wekruit.valet.runbook.CostReport;
import com.wekruit.valet.runbook.PriceTable;
import com.wekruit.valet.runbook.RunbookAudit;
import com.wekruit.valet.runbook.RunbookEnvironment;
import java.io.PrintStream;
import java.time.Duration;

/**
 * The demo's readiness audit and cost report, through the same clients as the other steps. The audit's targets
 * default to the demo's names; with real providers set {@code VALET_SERVER}, {@code VALET_ZONE}, {@code VALET_HOST},
 * {@code VALET_COOLIFY_APP}, {@code VALET_NEON_PROJECT}, {@code VALET_API_URL}, {@code VALET_WEB_URL} and
 * {@code VALET_DB_HOST}.
 */
final class AuditAndCosts {
  /** The report of the latest {@link #audit}, for a caller that exits with its code. */
  static volatile AuditReport lastAudit;

  private AuditAndCosts() {}

  static String audit(Providers p, LocalR2 r2, PrintStream out) {
    AuditReport report = RunbookAudit.builder().hetzner(p.hetzner, env("VALET_SERVER", "api-1"))
        .coolify(p.coolify, env("VALET_COOLIFY_APP", "api"))
        .cloudflare(p.cloudflare, env("VALET_ZONE", "example.com"), env("VALET_HOST", "app.example.com"))
        .neon(p.neon, env("VALET_NEON_PROJECT", "runbook"), Duration.ofDays(7))
        .r2(r2.store(), LocalR2.BUCKET, "pg/")
        .backups(BackupInventory.of(new BackupCatalog(r2.store(), BackupKeys.of("pg", "shop"))), Duration.ofDays(1))
        .betterStack(p.betterStack, env("VALET_API_URL", "api.example.com/api/v1/health"),
            env("VALET_WEB_URL", "app.example.com"), env("VALET_DB_HOST", "db.example.com"))
        .build().run();
    lastAudit = report;
    out.print(report.render());
    return report.status() + " (exit code " + report.exitCode() + ")";
  }

  static String costs(Providers p, PrintStream out) {
    CostReport report = CostReport.price(p.hetzner, PriceTable.declared(), RunbookEnvironment.declared());
    out.print(report.render());
    return report.totals().size() + " environments priced";
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
