package com.wekruit.valet.backup;

import com.squareup.moshi.JsonAdapter;
import com.wekruit.valet.json.ValetJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The completion marker of a backup, written after the dump object: a backup without one does not exist.
 *
 * @param key the dump object's key
 * @param sha256 lower-case hex SHA-256 of the dump as streamed
 * @param tocEntries entries in the archive's table of contents ({@code pg_restore --list}) at backup time
 * @param rowCounts exact rows per table ({@code "schema"."table"}), counted in the dump's own snapshot
 * @param pgDumpVersion what {@code pg_dump --version} said
 * @param serverVersion the server's {@code server_version}
 * Immutable; thread-safe.
 */
public record BackupManifest(int formatVersion, String key, String database, long sizeBytes, String sha256,
    String etag, int partSize, int parts, String pgDumpVersion, String serverVersion, int tocEntries,
    Map<String, Long> rowCounts, Instant startedAt, Instant finishedAt) {
  static final int FORMAT = 1;
  private static final JsonAdapter<BackupManifest> JSON = ValetJson.moshi().adapter(BackupManifest.class);

  public BackupManifest {
    rowCounts = rowCounts == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(rowCounts));
  }

  /** Total rows over all tables. */
  public long totalRows() {
    return rowCounts.values().stream().mapToLong(Long::longValue).sum();
  }

  byte[] toJson() {
    return JSON.indent("  ").toJson(this).getBytes(StandardCharsets.UTF_8);
  }

  static BackupManifest fromJson(String key, byte[] json) {
    try {
      BackupManifest m = JSON.fromJson(new String(json, StandardCharsets.UTF_8));
      if (m == null || m.key() == null || m.sha256() == null) throw new IOException("fields missing");
      return m;
    } catch (IOException | RuntimeException e) {
      throw new BackupException(BackupException.Reason.MISMATCH, key + " is not a readable manifest: "
          + com.wekruit.valet.internal.Redactor.NONE.clean(String.valueOf(e.getMessage()), 200), e);
    }
  }
}
