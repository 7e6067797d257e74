package com.wekruit.valet.betterstack;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An uptime monitor as the API returns it ({@code data} of {@code /api/v2/monitors}). Ids are strings; the id
 * attributes ({@code monitor_group_id}, …) arrive as numbers or strings and read as {@code Long} either way.
 * {@code toString()} hides the basic-auth password, request header values and environment variables.
 *
 * @param id the monitor id (a string on the wire)
 * @param type {@code monitor} (the create answer has said {@code endpoint}; not checked)
 */
public record Monitor(@Required String id, String type, @Required Attributes attributes) {

  /** The monitored URL (or host for ping/tcp). */
  public String url() {
    return attributes.url();
  }

  public OpenEnum<MonitorStatus> status() {
    return attributes.status();
  }

  public boolean paused() {
    return attributes.paused();
  }

  /**
   * The attributes, nullable wherever the API may omit or null them.
   *
   * @param httpMethod lower case as the API returns it ({@code get}); compare case-insensitively
   * @param requestTimeout milliseconds for ping/tcp/udp/smtp/pop/imap/dns, seconds for HTTP and playwright monitors
   * @param port a string, e.g. {@code "25,465,587"} for smtp
   * @param sslExpiration days before expiry to alert, {@code null} = off
   */
  public record Attributes(
      String url,
      String pronounceableName,
      OpenEnum<MonitorType> monitorType,
      Long monitorGroupId,
      String policyId,
      Long expirationPolicyId,
      String requiredKeyword,
      List<Integer> expectedStatusCodes,
      Boolean call,
      Boolean sms,
      Boolean email,
      Boolean push,
      Boolean criticalAlert,
      Integer teamWait,
      boolean paused,
      Instant pausedAt,
      Boolean followRedirects,
      Boolean rememberCookies,
      String port,
      List<String> regions,
      Integer recoveryPeriod,
      Boolean verifySsl,
      Integer checkFrequency,
      Integer confirmationPeriod,
      String httpMethod,
      Integer requestTimeout,
      String requestBody,
      List<RequestHeader> requestHeaders,
      String authUsername,
      String authPassword,
      String proxyHost,
      Integer proxyPort,
      String ipVersion,
      String maintenanceFrom,
      String maintenanceTo,
      String maintenanceTimezone,
      List<String> maintenanceDays,
      Integer sslExpiration,
      Integer domainExpiration,
      Instant lastCheckedAt,
      OpenEnum<MonitorStatus> status,
      Instant createdAt,
      Instant updatedAt,
      String playwrightScript,
      String scenarioName,
      Map<String, String> environmentVariables,
      String teamName) {

    public Attributes {
      if (httpMethod != null) httpMethod = httpMethod.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
      return "Monitor.Attributes[url=" + url + ", pronounceableName=" + pronounceableName + ", monitorType="
          + monitorType + ", status=" + status + ", paused=" + paused + ", checkFrequency=" + checkFrequency
          + ", httpMethod=" + httpMethod + ", regions=" + regions + ", policyId=" + policyId + ", authPassword="
          + (authPassword == null ? null : "****") + ", requestHeaders=" + requestHeaders.size()
          + ", environmentVariables=" + environmentVariables.keySet() + ", teamName=" + teamName + "]";
    }
  }

  /** A custom request header; its value is hidden from {@code toString()}. */
  public record RequestHeader(String id, String name, String value) {
    @Override
    public String toString() {
      return "RequestHeader[" + name + ": ****]";
    }
  }
}
