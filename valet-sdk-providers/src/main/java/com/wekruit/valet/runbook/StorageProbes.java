package com.wekruit.valet.runbook;

import com.wekruit.valet.error.NotFoundException;
import com.wekruit.valet.store.ObjectStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The R2 and backup items. */
final class StorageProbes {
  private StorageProbes() {}

  static Finding bucket(ObjectStore store, String bucket, String prefix) {
    try {
      long n = store.list(prefix).stream().limit(1_000).count();
      return Finding.pass("bucket " + bucket + " answers; " + (n == 1_000 ? "1,000+" : n) + " object(s) under '"
          + prefix + "'");
    } catch (NotFoundException e) {
      return Finding.fail("bucket " + bucket + " not found (" + e.getMessage() + ")");
    }
  }

  static Finding backups(BackupInventory inventory, Duration maxAge, Clock clock) throws Exception {
    List<BackupSummary> all = inventory.backups();
    if (all.isEmpty()) return Finding.fail("no backup in the catalog");
    Optional<BackupSummary> verified = all.stream().filter(BackupSummary::verified)
        .max(Comparator.comparing(BackupSummary::finishedAt));
    if (verified.isEmpty()) return Finding.fail(all.size() + " backup(s), none verified");
    BackupSummary b = verified.get();
    Duration age = Duration.between(b.finishedAt(), clock.instant());
    if (Durations.inTheFuture(age)) {
      return Finding.fail(all.size() + " backup(s); newest verified " + b.name() + " finished " + b.finishedAt() + ", "
          + Durations.human(age.negated()) + " in the future: the catalog or this clock is wrong");
    }
    return Finding.of(age.compareTo(maxAge) <= 0, all.size() + " backup(s); newest verified " + b.name() + " finished "
        + b.finishedAt() + " (" + Durations.human(age) + " ago; at most " + Durations.human(maxAge) + ")");
  }
}
