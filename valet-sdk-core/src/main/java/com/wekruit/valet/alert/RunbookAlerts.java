package com.wekruit.valet.alert;

import com.wekruit.valet.metrics.Metric;
import java.time.Duration;
import java.util.List;

/**
 * The runbook's alerting table as rules:
 *
 * <table>
 * <caption>The runbook's alerts</caption>
 *   <tr><th>alert</th><th>condition</th><th>severity</th></tr>
 *   <tr><td>api_down</td><td>API health fails 2× consecutive</td><td>CRITICAL</td></tr>
 *   <tr><td>errors_high</td><td>&gt; 50 errors in 5 min</td><td>HIGH</td></tr>
 *   <tr><td>db_connections_high</td><td>&gt; 80 % of usable connections (clears below 75 %)</td><td>HIGH</td></tr>
 *   <tr><td>disk_high</td><td>disk &gt; 80 % (clears below 75 %)</td><td>MEDIUM</td></tr>
 *   <tr><td>tls_expiring</td><td>certificate expires within 14 days</td><td>MEDIUM</td></tr>
 *   <tr><td>ram_high</td><td>RAM &gt; 90 % for 5 min</td><td>HIGH</td></tr>
 * </table>
 *
 * All go to one {@code channel}; {@code api_down} (target {@code api}) mutes the API's lesser alerts while it fires.
 */
public final class RunbookAlerts {
  private RunbookAlerts() {}

  /** The metrics the six alerts read. */
  public record Inputs(Metric apiUp, Metric errors, Metric dbConnections, Metric dbUsable, Metric diskPercent,
      Metric tlsSecondsLeft, Metric ramPercent) {}

  public static List<Rule> rules(Inputs in, String channel) {
    return List.of(
        Rule.consecutiveFailures(in.apiUp(), 2).name("api_down").severity(Severity.CRITICAL).target("api")
            .channel(channel).summary("API health check failed twice in a row").runbook("runbook#api-down").build(),
        Rule.countInWindow(in.errors(), 50, Duration.ofMinutes(5)).name("errors_high").severity(Severity.HIGH)
            .target("api").channel(channel).summary("more than 50 errors in 5 minutes").build(),
        Rule.percentOf(in.dbConnections(), in.dbUsable(), 80).clearAt(75).name("db_connections_high")
            .severity(Severity.HIGH).target("db").channel(channel).summary("DB connections above 80 %").build(),
        Rule.above(in.diskPercent(), 80).clearAt(75).name("disk_high").severity(Severity.MEDIUM).target("vps")
            .channel(channel).summary("disk above 80 %").build(),
        Rule.expiresWithin(in.tlsSecondsLeft(), Duration.ofDays(14)).name("tls_expiring").severity(Severity.MEDIUM)
            .target("api").channel(channel).summary("TLS certificate expires within 14 days").build(),
        Rule.above(in.ramPercent(), 90).forDuration(Duration.ofMinutes(5)).name("ram_high").severity(Severity.HIGH)
            .target("vps").channel(channel).summary("RAM above 90 % for 5 minutes").build());
  }
}
