package com.wekruit.valet.runbook;

import java.util.List;
import java.util.Locale;

/**
 * The result of a {@link ReadinessAudit}: every item with its verdict and evidence, in checklist order. Immutable.
 *
 * <p>{@link #exitCode()} for CI: 0 when every item passed, 1 when any failed, 2 when none failed but some could not
 * be judged. Use {@link #exitCode(boolean)} with {@code true} to let UNKNOWN items pass.
 */
public record AuditReport(List<AuditItem> items) {
  public AuditReport {
    items = List.copyOf(items);
  }

  /** FAIL if any item failed, else UNKNOWN if any is unknown, else PASS (also for an empty audit). */
  public AuditStatus status() {
    AuditStatus worst = AuditStatus.PASS;
    for (AuditItem i : items) {
      if (i.status() == AuditStatus.FAIL) return AuditStatus.FAIL;
      if (i.status() == AuditStatus.UNKNOWN) worst = AuditStatus.UNKNOWN;
    }
    return worst;
  }

  public int exitCode() {
    return exitCode(false);
  }

  public int exitCode(boolean unknownPasses) {
    return switch (status()) {
      case PASS -> 0;
      case FAIL -> 1;
      case UNKNOWN -> unknownPasses ? 0 : 2;
    };
  }

  public long count(AuditStatus status) {
    return items.stream().filter(i -> i.status() == status).count();
  }

  /** A fixed-width table for a terminal or a CI log, one line per item, then the totals. */
  public String render() {
    StringBuilder b = new StringBuilder();
    int width = 8;
    for (AuditItem i : items) width = Math.max(width, i.title().length());
    for (AuditItem i : items) {
      b.append(String.format(Locale.ROOT, "  %-7s %-" + width + "s  %s%n", i.status(), i.title(), i.evidence()));
    }
    return b.append(String.format(Locale.ROOT, "  readiness %s: %d pass, %d fail, %d unknown (exit code %d)%n",
        status(), count(AuditStatus.PASS), count(AuditStatus.FAIL), count(AuditStatus.UNKNOWN), exitCode()))
        .toString();
  }
}
