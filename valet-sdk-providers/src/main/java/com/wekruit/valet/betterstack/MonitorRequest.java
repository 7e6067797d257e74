package com.wekruit.valet.betterstack;

import com.wekruit.valet.json.Patch;
import java.util.List;
import java.util.Locale;

/**
 * The body of a monitor create or update. Only what was set is sent: on update an untouched field stays as it is,
 * {@code clearX()} sends JSON {@code null} (e.g. un-assigns the escalation policy or turns the SSL check off).
 * Immutable; build with {@link #builder()}.
 */
public final class MonitorRequest {
  final Body body;

  private MonitorRequest(Body body) {
    this.body = body;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether the fields a create needs ({@code url}, {@code monitor_type}) are set. */
  boolean completeForCreate() {
    return body.url().isPresent() && body.monitorType().isPresent();
  }

  @Override
  public String toString() {
    return "MonitorRequest[url=" + body.url() + ", monitorType=" + body.monitorType() + "]";
  }

  record Body(Patch<String> url, Patch<String> monitorType, Patch<String> pronounceableName,
      Patch<Integer> checkFrequency, Patch<Integer> requestTimeout, Patch<String> httpMethod,
      Patch<List<Integer>> expectedStatusCodes, Patch<String> requiredKeyword, Patch<List<String>> regions,
      Patch<Boolean> call, Patch<Boolean> sms, Patch<Boolean> email, Patch<Boolean> push,
      Patch<Boolean> criticalAlert, Patch<Integer> teamWait, Patch<String> policyId, Patch<Long> monitorGroupId,
      Patch<Integer> recoveryPeriod, Patch<Integer> confirmationPeriod, Patch<Boolean> verifySsl,
      Patch<Boolean> followRedirects, Patch<Integer> sslExpiration, Patch<Integer> domainExpiration,
      Patch<String> port, Patch<String> requestBody, Patch<Boolean> paused, Patch<String> teamName,
      Patch<String> maintenanceFrom, Patch<String> maintenanceTo, Patch<String> maintenanceTimezone) {}

  /** Collects fields; each setter replaces an earlier value. Not thread-safe. */
  public static final class Builder extends AlertingBuilder<Builder> {
    private Patch<String> url = Patch.unset();
    private Patch<String> monitorType = Patch.unset();
    private Patch<String> pronounceableName = Patch.unset();
    private Patch<Integer> checkFrequency = Patch.unset();
    private Patch<Integer> requestTimeout = Patch.unset();
    private Patch<String> httpMethod = Patch.unset();
    private Patch<List<Integer>> expectedStatusCodes = Patch.unset();
    private Patch<String> requiredKeyword = Patch.unset();
    private Patch<List<String>> regions = Patch.unset();
    private Patch<Long> monitorGroupId = Patch.unset();
    private Patch<Integer> recoveryPeriod = Patch.unset();
    private Patch<Integer> confirmationPeriod = Patch.unset();
    private Patch<Boolean> verifySsl = Patch.unset();
    private Patch<Boolean> followRedirects = Patch.unset();
    private Patch<Integer> sslExpiration = Patch.unset();
    private Patch<Integer> domainExpiration = Patch.unset();
    private Patch<String> port = Patch.unset();
    private Patch<String> requestBody = Patch.unset();
    private Patch<String> maintenanceFrom = Patch.unset();
    private Patch<String> maintenanceTo = Patch.unset();
    private Patch<String> maintenanceTimezone = Patch.unset();

    private Builder() {}

    public Builder url(String url) {
      this.url = Patch.set(url);
      return this;
    }

    /** A type this SDK knows; for newer ones use {@link #monitorType(String)}. */
    public Builder monitorType(MonitorType type) {
      if (type == MonitorType.UNKNOWN) throw new IllegalArgumentException("monitorType: UNKNOWN is not a type");
      return monitorType(type.name().toLowerCase(Locale.ROOT));
    }

    public Builder monitorType(String wireName) {
      this.monitorType = Patch.set(wireName);
      return this;
    }

    public Builder pronounceableName(String name) {
      this.pronounceableName = Patch.set(name);
      return this;
    }

    /** Seconds between checks. */
    public Builder checkFrequency(int seconds) {
      this.checkFrequency = Patch.set(positive("checkFrequency", seconds));
      return this;
    }

    /** Seconds for HTTP and playwright monitors, milliseconds for ping/tcp/udp/smtp/pop/imap/dns. */
    public Builder requestTimeout(int value) {
      this.requestTimeout = Patch.set(positive("requestTimeout", value));
      return this;
    }

    /** Sent lower case, as the API stores it. */
    public Builder httpMethod(String method) {
      this.httpMethod = Patch.set(method.toLowerCase(Locale.ROOT));
      return this;
    }

    public Builder expectedStatusCodes(List<Integer> codes) {
      this.expectedStatusCodes = Patch.set(List.copyOf(codes));
      return this;
    }

    public Builder requiredKeyword(String keyword) {
      this.requiredKeyword = Patch.set(keyword);
      return this;
    }

    /** A subset of {@code us}, {@code eu}, {@code as}, {@code au}. */
    public Builder regions(List<String> regions) {
      this.regions = Patch.set(List.copyOf(regions));
      return this;
    }

    public Builder monitorGroupId(long id) {
      this.monitorGroupId = Patch.set(id);
      return this;
    }

    public Builder clearMonitorGroupId() {
      this.monitorGroupId = Patch.clear();
      return this;
    }

    /** Seconds the monitor must stay up before an incident resolves. */
    public Builder recoveryPeriod(int seconds) {
      this.recoveryPeriod = Patch.set(seconds);
      return this;
    }

    /** Seconds a failure must last before an incident starts. */
    public Builder confirmationPeriod(int seconds) {
      this.confirmationPeriod = Patch.set(seconds);
      return this;
    }

    public Builder verifySsl(boolean verify) {
      this.verifySsl = Patch.set(verify);
      return this;
    }

    public Builder followRedirects(boolean follow) {
      this.followRedirects = Patch.set(follow);
      return this;
    }

    /** Alert this many days before the certificate expires (1, 2, 3, 7, 14, 30 or 60). */
    public Builder sslExpiration(int days) {
      this.sslExpiration = Patch.set(days);
      return this;
    }

    /** Turns the certificate expiry check off. */
    public Builder clearSslExpiration() {
      this.sslExpiration = Patch.clear();
      return this;
    }

    public Builder domainExpiration(int days) {
      this.domainExpiration = Patch.set(days);
      return this;
    }

    public Builder clearDomainExpiration() {
      this.domainExpiration = Patch.clear();
      return this;
    }

    /** A port or a comma-separated list, e.g. {@code "25,465,587"}. */
    public Builder port(String port) {
      this.port = Patch.set(port);
      return this;
    }

    public Builder requestBody(String body) {
      this.requestBody = Patch.set(body);
      return this;
    }

    /** A daily maintenance window, e.g. {@code "01:00:00"} to {@code "03:00:00"} in a Rails zone name. */
    public Builder maintenance(String from, String to, String timezone) {
      this.maintenanceFrom = Patch.set(from);
      this.maintenanceTo = Patch.set(to);
      this.maintenanceTimezone = Patch.set(timezone);
      return this;
    }

    public Builder clearMaintenance() {
      this.maintenanceFrom = Patch.clear();
      this.maintenanceTo = Patch.clear();
      return this;
    }

    public MonitorRequest build() {
      return new MonitorRequest(new Body(url, monitorType, pronounceableName, checkFrequency, requestTimeout,
          httpMethod, expectedStatusCodes, requiredKeyword, regions, call, sms, email, push, criticalAlert, teamWait,
          policyId, monitorGroupId, recoveryPeriod, confirmationPeriod, verifySsl, followRedirects, sslExpiration,
          domainExpiration, port, requestBody, paused, teamName, maintenanceFrom, maintenanceTo,
          maintenanceTimezone));
    }

    private static int positive(String field, int v) {
      if (v <= 0) throw new IllegalArgumentException(field + " must be positive, was " + v);
      return v;
    }
  }
}
