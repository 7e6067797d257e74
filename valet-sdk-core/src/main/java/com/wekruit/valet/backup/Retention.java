package com.wekruit.valet.backup;

import com.wekruit.valet.store.DeleteResult;
import com.wekruit.valet.store.IncompleteUpload;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Time-based retention that never loses the last good copies: a backup older than {@code maxAge} (default 30 days)
 * is deleted only while at least {@code minKeep} (default 7) newer verified backups remain; objects of backups that
 * never got a manifest and multipart uploads never completed are cleaned once older than {@code leftoverAge}
 * (default 1 day). {@link #plan()} is the dry run; {@link #apply} deletes what a plan says, asking the guard first.
 * Thread-safe.
 */
public final class Retention {
  private final BackupCatalog catalog;
  private final Duration maxAge;
  private final int minKeep;
  private final VerifyTier minTier;
  private final Duration leftoverAge;
  private final Clock clock;

  private Retention(Builder b) {
    this.catalog = b.catalog;
    this.maxAge = b.maxAge;
    this.minKeep = b.minKeep;
    this.minTier = b.minTier;
    this.leftoverAge = b.leftoverAge;
    this.clock = b.clock;
  }

  public static Builder builder(BackupCatalog catalog) {
    return new Builder(catalog);
  }

  /** What {@link #apply} would delete now; deletes nothing. */
  public RetentionPlan plan() {
    Instant now = clock.instant();
    List<StoredBackup> all = catalog.scan();
    List<String> keep = new ArrayList<>();
    List<String> expire = new ArrayList<>();
    List<String> leftovers = new ArrayList<>();
    int verifiedNewer = 0;
    for (int i = all.size() - 1; i >= 0; i--) {
      StoredBackup b = all.get(i);
      if (!b.complete()) {
        Instant t = b.lastModified();
        if (t != null && t.isBefore(now.minus(leftoverAge))) leftovers.addAll(b.keys());
        continue;
      }
      BackupManifest m = catalog.manifest(b.dumpKey());
      boolean old = m.startedAt().isBefore(now.minus(maxAge));
      if (old && verifiedNewer >= minKeep) {
        expire.add(b.dumpKey());
      } else {
        keep.add(b.dumpKey());
      }
      if (verified(b, m)) verifiedNewer++;
    }
    List<IncompleteUpload> orphans = new ArrayList<>();
    for (IncompleteUpload u : catalog.store().incompleteUploads(catalog.keys().root())) {
      if (u.initiated() != null && u.initiated().isBefore(now.minus(leftoverAge))) orphans.add(u);
    }
    return new RetentionPlan(now, keep, expire, leftovers, orphans);
  }

  /** Only a record that describes this very backup (its key, size and SHA-256) makes it count as verified. */
  private boolean verified(StoredBackup b, BackupManifest m) {
    if (b.verified() == null) return false;
    return catalog.verification(b.dumpKey()).map(v -> v.tier().compareTo(minTier) >= 0
        && b.dumpKey().equals(v.key()) && v.sizeBytes() == m.sizeBytes() && m.sha256().equals(v.sha256()))
        .orElse(false);
  }

  /** Plans and deletes. */
  public RetentionPlan apply(Guard guard) {
    return apply(plan(), guard);
  }

  /**
   * Deletes what {@code plan} lists: each expired backup's manifest first (so it stops existing at once), then its
   * other objects; then leftovers and orphaned uploads. @throws BackupException when the store refused a delete
   */
  public RetentionPlan apply(RetentionPlan plan, Guard guard) {
    List<StoredBackup> all = catalog.scan();
    List<String> manifests = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (StoredBackup b : all) {
      if (!plan.expire().contains(b.dumpKey())) continue;
      for (String k : b.keys()) (k.endsWith(BackupKeys.MANIFEST) ? manifests : rest).add(k);
    }
    rest.addAll(plan.leftovers());
    delete(manifests, guard);
    delete(rest, guard);
    for (IncompleteUpload u : plan.orphanUploads()) {
      guard.ensureHeld();
      catalog.store().abort(u);
    }
    return plan;
  }

  private void delete(List<String> keys, Guard guard) {
    if (keys.isEmpty()) return;
    guard.ensureHeld();
    DeleteResult r = catalog.store().deleteAll(keys);
    if (!r.allDeleted()) {
      throw new BackupException(BackupException.Reason.STORE_FAILED, "the store refused to delete "
          + r.failed().size() + " objects, e.g. " + r.failed().keySet().iterator().next(), null);
    }
  }

  /** Builds a {@link Retention}. Not thread-safe. */
  public static final class Builder {
    private final BackupCatalog catalog;
    private Duration maxAge = Duration.ofDays(30);
    private int minKeep = 7;
    private VerifyTier minTier = VerifyTier.TOC;
    private Duration leftoverAge = Duration.ofDays(1);
    private Clock clock = Clock.systemUTC();

    private Builder(BackupCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Backups older than this may be deleted (default 30 days). */
    public Builder maxAge(Duration age) {
      if (age.isNegative() || age.isZero()) throw new IllegalArgumentException("maxAge must be positive");
      this.maxAge = age;
      return this;
    }

    /** Verified backups newer than a deleted one that must remain (default 7, at least 1). */
    public Builder minKeep(int n) {
      if (n < 1) throw new IllegalArgumentException("minKeep must be >= 1, was " + n);
      this.minKeep = n;
      return this;
    }

    /** The verification tier that makes a backup count as verified (default {@link VerifyTier#TOC}). */
    public Builder minTier(VerifyTier tier) {
      this.minTier = Objects.requireNonNull(tier, "tier");
      return this;
    }

    /** Manifest-less objects and incomplete uploads older than this are cleaned (default 1 day). */
    public Builder leftoverAge(Duration age) {
      this.leftoverAge = Objects.requireNonNull(age, "age");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Retention build() {
      return new Retention(this);
    }
  }
}
