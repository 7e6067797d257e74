package com.wekruit.valet.backup;

/**
 * A scheduled unit of work; {@code guard} must be asked before each side effect. Returns what the run record shows,
 * or throws (the run is recorded as failed). Implementations must be safe to call from the scheduler's thread.
 */
@FunctionalInterface
public interface BackupTask {

  Result run(Guard guard);

  /**
   * What a task did.
   *
   * @param key the backup concerned, or {@code null}
   */
  record Result(String key, long bytes, String message) {}

  /** Backup, then verify it to {@code tier}, then apply retention (each step only after the one before passed). */
  static BackupTask backup(PgBackup backup, BackupVerifier verifier, VerifyTier tier, Retention retention) {
    return guard -> {
      BackupManifest m = backup.run(guard);
      verifier.verify(m, tier, guard);
      RetentionPlan p = retention.apply(guard);
      return new Result(m.key(), m.sizeBytes(), "backup of " + m.sizeBytes() + " bytes verified (" + tier
          + "); retention deleted " + p.expire().size() + " backups, " + p.leftovers().size() + " leftovers, "
          + p.orphanUploads().size() + " orphaned uploads");
    };
  }

  /** A restore drill of the newest backup. */
  static BackupTask drill(BackupCatalog catalog, BackupVerifier verifier) {
    return guard -> {
      BackupManifest m = catalog.latest().orElseThrow(() -> new BackupException(BackupException.Reason.MISMATCH,
          "no backup to drill in " + catalog.keys().root(), null));
      Verification v = verifier.verify(m, VerifyTier.RESTORE, guard);
      return new Result(m.key(), m.sizeBytes(), "restore drill restored " + v.restoredRows().values().stream()
          .mapToLong(Long::longValue).sum() + " rows in " + v.restoredRows().size() + " tables, as recorded");
    };
  }
}
