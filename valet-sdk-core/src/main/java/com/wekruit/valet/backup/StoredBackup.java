package com.wekruit.valet.backup;

import com.wekruit.valet.store.ObjectInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects of one backup as found in the store; any may be missing ({@code null}). Only a backup with both a
 * dump and a manifest exists. Immutable.
 */
record StoredBackup(String dumpKey, ObjectInfo dump, ObjectInfo manifest, ObjectInfo verified) {

  boolean complete() {
    return dump != null && manifest != null;
  }

  StoredBackup with(String key, ObjectInfo info) {
    if (key.endsWith(BackupKeys.DUMP)) return new StoredBackup(dumpKey, info, manifest, verified);
    if (key.endsWith(BackupKeys.MANIFEST)) return new StoredBackup(dumpKey, dump, info, verified);
    return new StoredBackup(dumpKey, dump, manifest, info);
  }

  /** The keys of the objects that exist, the manifest first (deleting it first unmakes the backup at once). */
  List<String> keys() {
    List<String> keys = new ArrayList<>();
    if (manifest != null) keys.add(manifest.key());
    if (verified != null) keys.add(verified.key());
    if (dump != null) keys.add(dump.key());
    return keys;
  }

  /** The newest modification time among the objects, or {@code null} when the store did not say. */
  java.time.Instant lastModified() {
    java.time.Instant t = null;
    for (ObjectInfo i : new ObjectInfo[] {dump, manifest, verified}) {
      if (i != null && i.lastModified() != null && (t == null || i.lastModified().isAfter(t))) t = i.lastModified();
    }
    return t;
  }
}
