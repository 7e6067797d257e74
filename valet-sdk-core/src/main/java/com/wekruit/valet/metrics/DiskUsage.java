package com.wekruit.valet.metrics;

import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The used share of the file system holding {@code path}, in percent ({@code disk.<name>.percent}): what the runbook's
 * "disk > 80 %" and "disk > 70 % → move storage to R2" read on the host itself (Hetzner's metrics carry disk
 * throughput, not usage). Not thread-safe: one collecting thread.
 */
public final class DiskUsage implements MetricSource {
  private final Path path;
  private final Metric percent;

  public DiskUsage(String name, Path path, Samples samples) {
    this.path = Objects.requireNonNull(path, "path");
    this.percent = samples.metric("disk." + name + ".percent");
  }

  public Metric percent() {
    return percent;
  }

  @Override
  public void collect(Samples s, long now) throws Exception {
    FileStore store = Files.getFileStore(path);
    long total = store.getTotalSpace();
    if (total <= 0) {
      s.fail(percent);
      return;
    }
    s.record(percent, 100.0 * (total - store.getUsableSpace()) / total, now);
  }

  @Override
  public List<Metric> metrics() {
    return List.of(percent);
  }
}
