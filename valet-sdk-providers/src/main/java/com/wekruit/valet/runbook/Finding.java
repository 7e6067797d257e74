package com.wekruit.valet.runbook;

import java.util.Objects;

/**
 * What one probe found: a verdict and the evidence behind it (ids, values seen; never a secret). Immutable.
 *
 * @param evidence one line for people, e.g. {@code "api-1 is cpx32 (4 cores, 8.0 GB)"}
 */
public record Finding(AuditStatus status, String evidence) {
  public Finding {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
  }

  public static Finding pass(String evidence) {
    return new Finding(AuditStatus.PASS, evidence);
  }

  public static Finding fail(String evidence) {
    return new Finding(AuditStatus.FAIL, evidence);
  }

  public static Finding unknown(String evidence) {
    return new Finding(AuditStatus.UNKNOWN, evidence);
  }

  /** PASS with {@code evidence} when {@code met}, else FAIL with it. */
  public static Finding of(boolean met, String evidence) {
    return met ? pass(evidence) : fail(evidence);
  }
}
