package com.wekruit.valet.backup;

import com.squareup.moshi.JsonAdapter;
import com.wekruit.valet.json.ValetJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A passed verification of a backup, stored beside it ({@code .verified.json}); retention counts a backup as verified
 * by it.
 *
 * @param tier the highest tier that passed
 * @param tocEntries entries {@code pg_restore --list} read (tier 2 and up), else 0
 * @param restoredRows rows per table found after the restore drill (tier 3), else empty
 * Immutable; thread-safe.
 */
public record Verification(String key, VerifyTier tier, Instant verifiedAt, long sizeBytes, String sha256,
    int tocEntries, Map<String, Long> restoredRows, long durationMillis) {
  private static final JsonAdapter<Verification> JSON = ValetJson.moshi().adapter(Verification.class);

  public Verification {
    restoredRows = restoredRows == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(restoredRows));
  }

  byte[] toJson() {
    return JSON.indent("  ").toJson(this).getBytes(StandardCharsets.UTF_8);
  }

  static Verification fromJson(String key, byte[] json) {
    try {
      Verification v = JSON.fromJson(new String(json, StandardCharsets.UTF_8));
      if (v == null || v.tier() == null) throw new IOException("fields missing");
      return v;
    } catch (IOException | RuntimeException e) {
      throw new BackupException(BackupException.Reason.MISMATCH, key + " is not a readable verification record", e);
    }
  }
}
