package com.wekruit.valet.readme;

import com.wekruit.valet.cloudflare.CloudflareClient;
import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.neon.NeonClient;
import com.wekruit.valet.runbook.AuditReport;
import com.wekruit.valet.runbook.RunbookAudit;
import java.time.Duration;

/** README "Readiness audit": three providers' items, the report, the exit code for CI. */
final class AuditSnippet {
  private AuditSnippet() {}

  static AuditReport run(HetznerClient hetzner, CloudflareClient cloudflare, NeonClient neon) {
    // readme:begin
    // production: HetznerClient.fromEnv(), CloudflareClient.fromEnv(), NeonClient.fromEnv(); here the simulators
    AuditReport report = RunbookAudit.builder()
        .hetzner(hetzner, "api-1")
        .cloudflare(cloudflare, "example.com", "app.example.com")
        .neon(neon, "runbook", Duration.ofDays(7))
        .build().run();                             // only reads; an item it cannot ask is UNKNOWN
    String text = report.render();
    int exitCode = report.exitCode();               // 0 all pass, 1 a failure, 2 only unknowns: System.exit(exitCode)
    // readme:end
    return report;
  }
}
