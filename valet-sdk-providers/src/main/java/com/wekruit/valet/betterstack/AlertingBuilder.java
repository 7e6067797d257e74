package com.wekruit.valet.betterstack;

import com.wekruit.valet.json.Patch;

/**
 * The settings monitors and heartbeats share: how to alert, the escalation policy, paused, the owning team. Each
 * starts unset (not sent). Not thread-safe.
 *
 * @param <B> the concrete builder
 */
public abstract class AlertingBuilder<B extends AlertingBuilder<B>> {
  Patch<Boolean> call = Patch.unset();
  Patch<Boolean> sms = Patch.unset();
  Patch<Boolean> email = Patch.unset();
  Patch<Boolean> push = Patch.unset();
  Patch<Boolean> criticalAlert = Patch.unset();
  Patch<Integer> teamWait = Patch.unset();
  Patch<String> policyId = Patch.unset();
  Patch<Boolean> paused = Patch.unset();
  Patch<String> teamName = Patch.unset();

  AlertingBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** How to alert; ignored by the API while a policy is assigned. */
  public B alerts(boolean call, boolean sms, boolean email, boolean push) {
    this.call = Patch.set(call);
    this.sms = Patch.set(sms);
    this.email = Patch.set(email);
    this.push = Patch.set(push);
    return self();
  }

  public B criticalAlert(boolean critical) {
    this.criticalAlert = Patch.set(critical);
    return self();
  }

  /** Seconds to wait before escalating to the whole team. */
  public B teamWait(int seconds) {
    this.teamWait = Patch.set(seconds);
    return self();
  }

  public B policyId(String policyId) {
    this.policyId = Patch.set(policyId);
    return self();
  }

  /** Un-assigns the escalation policy (sends {@code "policy_id": null}); an unset policy is left alone. */
  public B clearPolicyId() {
    this.policyId = Patch.clear();
    return self();
  }

  public B paused(boolean paused) {
    this.paused = Patch.set(paused);
    return self();
  }

  /** With a global token: the team that owns the new resource (create only). */
  public B teamName(String team) {
    this.teamName = Patch.set(team);
    return self();
  }
}
