package com.wekruit.valet.betterstack;

import com.wekruit.valet.json.Patch;

/**
 * The body of a heartbeat create or update. Only what was set is sent; {@code clearX()} sends JSON {@code null}
 * (e.g. {@link Builder#clearPolicyId()} un-assigns the policy, where an absent field leaves it alone). Immutable.
 */
public final class HeartbeatRequest {
  final Body body;

  private HeartbeatRequest(Body body) {
    this.body = body;
  }

  public static Builder builder() {
    return new Builder();
  }

  boolean completeForCreate() {
    return body.name().isPresent() && body.period().isPresent() && body.grace().isPresent();
  }

  @Override
  public String toString() {
    return "HeartbeatRequest[name=" + body.name() + ", period=" + body.period() + ", grace=" + body.grace() + "]";
  }

  record Body(Patch<String> name, Patch<Integer> period, Patch<Integer> grace, Patch<String> serverTimezone,
      Patch<Boolean> call, Patch<Boolean> sms, Patch<Boolean> email, Patch<Boolean> push,
      Patch<Boolean> criticalAlert, Patch<Integer> teamWait, Patch<Long> heartbeatGroupId, Patch<Integer> sortIndex,
      Patch<String> policyId, Patch<Boolean> paused, Patch<String> teamName) {}

  /** Collects fields; each setter replaces an earlier value. Not thread-safe. */
  public static final class Builder extends AlertingBuilder<Builder> {
    private Patch<String> name = Patch.unset();
    private Patch<Integer> period = Patch.unset();
    private Patch<Integer> grace = Patch.unset();
    private Patch<String> serverTimezone = Patch.unset();
    private Patch<Long> heartbeatGroupId = Patch.unset();
    private Patch<Integer> sortIndex = Patch.unset();

    private Builder() {}

    public Builder name(String name) {
      this.name = Patch.set(name);
      return this;
    }

    /** Seconds between expected pings, at least 30. */
    public Builder period(int seconds) {
      if (seconds < 30) throw new IllegalArgumentException("period must be at least 30 s, was " + seconds);
      this.period = Patch.set(seconds);
      return this;
    }

    /** Seconds of tolerance after the period (about 20 % of it is usual). */
    public Builder grace(int seconds) {
      if (seconds < 0) throw new IllegalArgumentException("grace must not be negative, was " + seconds);
      this.grace = Patch.set(seconds);
      return this;
    }

    /** IANA zone the job's schedule follows (only for periods of an hour or more). */
    public Builder serverTimezone(String zone) {
      this.serverTimezone = Patch.set(zone);
      return this;
    }

    public Builder clearServerTimezone() {
      this.serverTimezone = Patch.clear();
      return this;
    }

    public Builder heartbeatGroupId(long id) {
      this.heartbeatGroupId = Patch.set(id);
      return this;
    }

    public Builder clearHeartbeatGroupId() {
      this.heartbeatGroupId = Patch.clear();
      return this;
    }

    public Builder sortIndex(int index) {
      this.sortIndex = Patch.set(index);
      return this;
    }

    public HeartbeatRequest build() {
      return new HeartbeatRequest(new Body(name, period, grace, serverTimezone, call, sms, email, push,
          criticalAlert, teamWait, heartbeatGroupId, sortIndex, policyId, paused, teamName));
    }
  }
}
