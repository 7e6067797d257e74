package com.wekruit.valet.runbook;

import java.util.List;

/**
 * What backups exist, for the audit item "backups present, recent and verified". Adapt your backup catalog to it
 * (e.g. from the manifests in R2); until one is given to {@link RunbookAudit.Builder#backups}, the item is UNKNOWN.
 * Implementations only read.
 */
@FunctionalInterface
public interface BackupInventory {
  /** Every backup the catalog knows, in any order. */
  List<BackupSummary> backups() throws Exception;
}
