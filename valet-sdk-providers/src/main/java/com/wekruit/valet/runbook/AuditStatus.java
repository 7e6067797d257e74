package com.wekruit.valet.runbook;

/** The verdict on one readiness item. */
public enum AuditStatus {
  /** The APIs show the item is met. */
  PASS,
  /** The APIs show the item is not met. */
  FAIL,
  /** The item could not be judged: no client or data for it, or the provider did not answer. */
  UNKNOWN
}
