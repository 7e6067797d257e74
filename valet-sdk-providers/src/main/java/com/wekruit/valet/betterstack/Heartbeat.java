package com.wekruit.valet.betterstack;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;
import java.time.Instant;
import java.util.List;

/**
 * A heartbeat (cron) monitor. Its {@code url} is the ping URL and carries a secret token in its path: anyone with it
 * can report the job as done. {@code toString()} never shows it; pass it only to {@link Heartbeats#ping} or
 * {@link HeartbeatPinger}.
 *
 * @param id the heartbeat id (a string on the wire)
 */
public record Heartbeat(@Required String id, String type, @Required Attributes attributes) {

  /** The secret ping URL. */
  public String pingUrl() {
    return attributes.url();
  }

  public OpenEnum<MonitorStatus> status() {
    return attributes.status();
  }

  /**
   * The attributes, nullable wherever the API may omit or null them.
   *
   * @param url the secret ping URL (read-only)
   * @param period seconds between expected pings (at least 30)
   * @param grace seconds of tolerance after the period
   * @param status {@code pending} until the first ping, then {@code up}, {@code down} or {@code paused}
   */
  public record Attributes(
      @Required String name,
      String url,
      Integer period,
      Integer grace,
      String serverTimezone,
      Boolean call,
      Boolean sms,
      Boolean email,
      Boolean push,
      Boolean criticalAlert,
      Integer teamWait,
      Long heartbeatGroupId,
      Integer sortIndex,
      String maintenanceFrom,
      String maintenanceTo,
      String maintenanceTimezone,
      List<String> maintenanceDays,
      boolean paused,
      Instant pausedAt,
      String policyId,
      OpenEnum<MonitorStatus> status,
      Instant createdAt,
      Instant updatedAt,
      String teamName) {

    @Override
    public String toString() {
      return "Heartbeat.Attributes[name=" + name + ", url=" + (url == null ? null : "****") + ", period=" + period
          + ", grace=" + grace + ", status=" + status + ", paused=" + paused + ", policyId=" + policyId
          + ", heartbeatGroupId=" + heartbeatGroupId + ", teamName=" + teamName + "]";
    }
  }
}
