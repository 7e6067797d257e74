package com.wekruit.valet.backup;

import com.squareup.moshi.JsonAdapter;
import com.wekruit.valet.json.ValetJson;
import com.wekruit.valet.store.ObjectContent;
import com.wekruit.valet.store.ObjectInfo;
import com.wekruit.valet.store.ObjectStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Run records kept in the object store beside the backups, where every replica reads them and where they survive the
 * database they describe: {@code <root>/runs/<job>/<yyyyMMddTHHmmssZ>-<id>.json}, sorted by time. Thread-safe.
 */
public final class RunLog {
  private static final JsonAdapter<BackupRun> JSON = ValetJson.moshi().adapter(BackupRun.class);
  private final ObjectStore store;
  private final String prefix;

  public RunLog(ObjectStore store, BackupKeys keys) {
    this.store = store;
    this.prefix = keys.runsPrefix();
  }

  /** Stores a record (skipped runs are not stored: they did nothing). */
  public void add(BackupRun run) {
    String key = jobPrefix(run.job()) + BackupKeys.stamp(run.startedAt()) + "-"
        + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".json";
    store.put(key, JSON.indent("  ").toJson(run).getBytes(StandardCharsets.UTF_8), "application/json");
  }

  /** The newest stored record of {@code job}. */
  public Optional<BackupRun> last(String job) {
    ObjectInfo newest = null;
    for (ObjectInfo o : store.list(jobPrefix(job))) newest = o;
    if (newest == null) return Optional.empty();
    try (ObjectContent c = store.get(newest.key())) {
      return Optional.ofNullable(JSON.fromJson(new String(c.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      throw new BackupException(BackupException.Reason.MISMATCH, newest.key() + " is not a readable run record", e);
    }
  }

  private String jobPrefix(String job) {
    return prefix + job.replaceAll("[^A-Za-z0-9_.-]", "_") + "/";
  }
}
