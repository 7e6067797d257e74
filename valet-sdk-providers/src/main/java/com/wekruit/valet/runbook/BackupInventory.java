package com.wekruit.valet.runbook;

import com.wekruit.valet.backup.BackupCatalog;
import com.wekruit.valet.backup.BackupManifest;
import java.util.ArrayList;
import java.util.List;

/**
 * What backups exist, for the audit item "backups present, recent and verified". Adapt your backup catalog to it
 * ({@link #of(BackupCatalog)} reads the SDK's own backups: manifests and verification records); until one is given to {@link RunbookAudit.Builder#backups}, the item is UNKNOWN.
 * Implementations only read.
 */
@FunctionalInterface
public interface BackupInventory {
  /** Every backup the catalog knows, in any order. */
  List<BackupSummary> backups() throws Exception;

  /** The backups of {@link com.wekruit.valet.backup.PgBackup}: one per manifest, verified when a record says so. */
  static BackupInventory of(BackupCatalog catalog) {
    return () -> {
      List<BackupSummary> out = new ArrayList<>();
      for (BackupManifest m : catalog.backups()) {
        out.add(new BackupSummary(m.key(), m.finishedAt(), catalog.verification(m.key()).isPresent()));
      }
      return out;
    };
  }
}
