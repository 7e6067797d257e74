package com.wekruit.valet.backup;

/** How deeply a backup is verified; each tier includes the ones before it. */
public enum VerifyTier {
  /** The stored object's size and SHA-256 match the manifest (the object is read once, not kept). */
  CHECKSUM,
  /** Downloaded to a file, checksummed, and {@code pg_restore --list} reads as many TOC entries as recorded. */
  TOC,
  /** Restored into a scratch database, every table's row count compared with the manifest, scratch dropped. */
  RESTORE
}
