package com.wekruit.valet.betterstack;

import java.util.Objects;

/**
 * The body of {@code POST /api/v3/incidents}: a manually reported incident. Only what was set is sent. Immutable;
 * build with {@link #builder(String, String)}.
 */
public final class IncidentRequest {
  final Body body;

  private IncidentRequest(Body body) {
    this.body = body;
  }

  /**
   * @param requesterEmail who reports it (a team member's email)
   * @param summary short text shown in alerts
   */
  public static Builder builder(String requesterEmail, String summary) {
    return new Builder(requesterEmail, summary);
  }

  @Override
  public String toString() {
    return "IncidentRequest[name=" + body.name() + ", summary=" + body.summary() + "]";
  }

  record Body(String requesterEmail, String name, String summary, String description, Boolean call, Boolean sms,
      Boolean email, Boolean push, Boolean criticalAlert, Integer teamWait, String policyId, String teamName) {}

  /** Collects fields. Not thread-safe. */
  public static final class Builder {
    private final String requesterEmail;
    private final String summary;
    private String name;
    private String description;
    private Boolean call;
    private Boolean sms;
    private Boolean email;
    private Boolean push;
    private Boolean criticalAlert;
    private Integer teamWait;
    private String policyId;
    private String teamName;

    private Builder(String requesterEmail, String summary) {
      this.requesterEmail = text("requesterEmail", requesterEmail);
      this.summary = text("summary", summary);
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder alerts(boolean call, boolean sms, boolean email, boolean push) {
      this.call = call;
      this.sms = sms;
      this.email = email;
      this.push = push;
      return this;
    }

    public Builder criticalAlert(boolean critical) {
      this.criticalAlert = critical;
      return this;
    }

    public Builder teamWait(int seconds) {
      this.teamWait = seconds;
      return this;
    }

    /** Escalate along this policy instead of the alert flags. */
    public Builder policyId(String policyId) {
      this.policyId = policyId;
      return this;
    }

    public Builder teamName(String team) {
      this.teamName = team;
      return this;
    }

    public IncidentRequest build() {
      return new IncidentRequest(new Body(requesterEmail, name, summary, description, call, sms, email, push,
          criticalAlert, teamWait, policyId, teamName));
    }

    private static String text(String field, String v) {
      if (Objects.requireNonNull(v, field).isBlank()) throw new IllegalArgumentException(field + " is blank");
      return v;
    }
  }
}
