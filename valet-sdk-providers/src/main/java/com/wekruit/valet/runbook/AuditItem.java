package com.wekruit.valet.runbook;

import java.util.Objects;

/**
 * One item of a readiness report.
 *
 * @param id stable identifier for scripts, e.g. {@code vps.size}
 * @param title the checklist's wording, e.g. {@code "VPS type at least CX32"}
 */
public record AuditItem(String id, String title, AuditStatus status, String evidence) {
  public AuditItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
  }
}
