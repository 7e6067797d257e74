package com.wekruit.valet.backup;

import com.wekruit.valet.error.NotFoundException;
import com.wekruit.valet.store.ObjectContent;
import com.wekruit.valet.store.ObjectInfo;
import com.wekruit.valet.store.ObjectStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The backups of one database in a store: only those with a dump and a manifest exist; listed oldest first (keys
 * sort by UTC time). Reads only. Thread-safe.
 */
public final class BackupCatalog {
  private final ObjectStore store;
  private final BackupKeys keys;

  public BackupCatalog(ObjectStore store, BackupKeys keys) {
    this.store = store;
    this.keys = keys;
  }

  /** Every backup that exists, oldest first, with its manifest. */
  public List<BackupManifest> backups() {
    List<BackupManifest> out = new ArrayList<>();
    for (StoredBackup b : scan()) if (b.complete()) out.add(manifest(b.dumpKey()));
    return out;
  }

  /** The newest backup, if any. */
  public Optional<BackupManifest> latest() {
    List<StoredBackup> all = scan();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).complete()) return Optional.of(manifest(all.get(i).dumpKey()));
    }
    return Optional.empty();
  }

  /** The manifest of the backup whose dump is {@code dumpKey}. @throws BackupException when it has none */
  public BackupManifest manifest(String dumpKey) {
    String key = BackupKeys.manifestKey(dumpKey);
    try (ObjectContent c = store.get(key)) {
      BackupManifest m = BackupManifest.fromJson(key, c.readAllBytes());
      if (!m.key().equals(dumpKey)) {
        throw new BackupException(BackupException.Reason.MISMATCH, key + " describes " + m.key(), null);
      }
      return m;
    } catch (NotFoundException e) {
      throw new BackupException(BackupException.Reason.MISMATCH, dumpKey + " has no manifest: it is not a backup", e);
    }
  }

  /** The last verification recorded for a backup, if any. */
  public Optional<Verification> verification(String dumpKey) {
    String key = BackupKeys.verifiedKey(dumpKey);
    try (ObjectContent c = store.get(key)) {
      return Optional.of(Verification.fromJson(key, c.readAllBytes()));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** Every object of this layout grouped by backup, oldest first. */
  List<StoredBackup> scan() {
    TreeMap<String, StoredBackup> byDump = new TreeMap<>();
    for (ObjectInfo o : store.list(keys.root())) {
      keys.dumpKeyOf(o.key()).ifPresent(d -> byDump.put(d, byDump.getOrDefault(d, new StoredBackup(d, null, null,
          null)).with(o.key(), o)));
    }
    return new ArrayList<>(byDump.values());
  }

  ObjectStore store() {
    return store;
  }

  BackupKeys keys() {
    return keys;
  }
}
