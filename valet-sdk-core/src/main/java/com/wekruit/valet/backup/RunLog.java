package com.wekruit.valet.backup;

import com.squareup.moshi.JsonAdapter;
import com.wekruit.valet.json.ValetJson;
import com.wekruit.valet.store.ObjectContent;
import com.wekruit.valet.store.ObjectInfo;
import com.wekruit.valet.store.ObjectStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run records kept in the object store beside the backups, where every replica reads them and where they survive the
 * database they describe: {@code <root>/runs/<job>/<yyyyMMddTHHmmssZ>-<id>.json}, sorted by time. Thread-safe.
 */
public final class RunLog {
  private static final Logger LOG = LoggerFactory.getLogger(RunLog.class);
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

  /** The newest readable stored record of {@code job}. */
  public Optional<BackupRun> last(String job) {
    return last(job, null);
  }

  /**
   * The newest readable stored record of {@code job} that started at or before {@code notAfter} ({@code null}: any).
   * A record stamped later (written by a replica whose clock ran ahead) proves nothing about now and is passed over;
   * so is a record that cannot be read (logged), so one bad object never stops a job.
   */
  public Optional<BackupRun> last(String job, Instant notAfter) {
    List<ObjectInfo> all = new ArrayList<>();
    for (ObjectInfo o : store.list(jobPrefix(job))) all.add(o);
    String bound = notAfter == null ? null : BackupKeys.stamp(notAfter);
    for (int i = all.size() - 1; i >= 0; i--) {
      String key = all.get(i).key();
      String name = key.substring(key.lastIndexOf('/') + 1);
      if (bound != null && name.length() >= bound.length() && name.substring(0, bound.length()).compareTo(bound) > 0) {
        continue;
      }
      BackupRun run = read(key);
      if (run == null || run.startedAt() == null) continue;
      if (notAfter != null && run.startedAt().isAfter(notAfter)) continue;
      return Optional.of(run);
    }
    return Optional.empty();
  }

  private BackupRun read(String key) {
    try (ObjectContent c = store.get(key)) {
      return JSON.fromJson(new String(c.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      LOG.warn("{} is not a readable run record; passed over ({})", key, e.getClass().getSimpleName());
      return null;
    }
  }

  private String jobPrefix(String job) {
    return prefix + BackupKeys.segment(job) + "/";
  }
}
