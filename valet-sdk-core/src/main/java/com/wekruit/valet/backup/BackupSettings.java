package com.wekruit.valet.backup;

import com.wekruit.valet.http.Ticker;
import com.wekruit.valet.store.ObjectStore;
import com.wekruit.valet.store.UploadOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** What a {@link PgBackup} dumps, where to, and its rules. Immutable; thread-safe. */
public final class BackupSettings {
  final PgConnection source;
  final ObjectStore store;
  final BackupKeys keys;
  final PgTools tools;
  final UploadOptions upload;
  final long minSize;
  final boolean rowCounts;
  final Integer compressLevel;
  final Duration toolTimeout;
  final Duration progressEvery;
  final Clock clock;
  final Ticker ticker;
  final Listeners listeners;

  private BackupSettings(Builder b) {
    this.source = b.source;
    this.store = b.store;
    this.keys = BackupKeys.of(b.prefix, b.source.database());
    this.tools = b.tools;
    this.upload = b.upload;
    this.minSize = b.minSize;
    this.rowCounts = b.rowCounts;
    this.compressLevel = b.compressLevel;
    this.toolTimeout = b.toolTimeout;
    this.progressEvery = b.progressEvery;
    this.clock = b.clock;
    this.ticker = b.ticker;
    this.listeners = new Listeners(b.listeners);
  }

  static Builder builder(PgConnection source, ObjectStore store) {
    return new Builder(source, store);
  }

  /** Builds a {@link PgBackup}. Not thread-safe. */
  public static final class Builder {
    private final PgConnection source;
    private final ObjectStore store;
    private String prefix = "pg";
    private PgTools tools = PgTools.onPath();
    private UploadOptions upload = UploadOptions.defaults();
    private long minSize = 1024 * 1024;
    private boolean rowCounts = true;
    private Integer compressLevel;
    private Duration toolTimeout = Duration.ofMinutes(10);
    private Duration progressEvery = Duration.ofSeconds(5);
    private Clock clock = Clock.systemUTC();
    private Ticker ticker = Ticker.SYSTEM;
    private final List<Consumer<BackupEvent>> listeners = new ArrayList<>();

    private Builder(PgConnection source, ObjectStore store) {
      this.source = Objects.requireNonNull(source, "source");
      this.store = Objects.requireNonNull(store, "store");
    }

    /** Key prefix in the store (default {@code pg}); keys are {@code <prefix>/<database>/yyyy/MM/dd/...}. */
    public Builder prefix(String prefix) {
      this.prefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /** Where pg_dump and pg_restore are (default: {@code PATH}). */
    public Builder tools(PgTools tools) {
      this.tools = Objects.requireNonNull(tools, "tools");
      return this;
    }

    /** Part size and parts in flight (default 16 MiB × 2); memory is part size × (in flight + 1). */
    public Builder upload(int partSize, int partsInFlight) {
      this.upload = UploadOptions.builder().partSize(partSize).partsInFlight(partsInFlight).build();
      return this;
    }

    /** The smallest dump that is kept (default 1 MiB); a smaller one is aborted as suspicious. */
    public Builder minSize(long bytes) {
      if (bytes < 0) throw new IllegalArgumentException("minSize must be >= 0, was " + bytes);
      this.minSize = bytes;
      return this;
    }

    /** Whether exact per-table row counts go into the manifest (default true; needed by restore drills). */
    public Builder rowCounts(boolean count) {
      this.rowCounts = count;
      return this;
    }

    /** pg_dump's {@code --compress} (0..9); pg_dump's default when unset. */
    public Builder compressLevel(int level) {
      if (level < 0 || level > 9) throw new IllegalArgumentException("compressLevel must be 0..9, was " + level);
      this.compressLevel = level;
      return this;
    }

    /**
     * How long pg_dump and pg_restore may take to exit once their output ended, the longest pg_dump may go without
     * writing (then it is killed) and wait for a table lock (default 10 min).
     */
    public Builder toolTimeout(Duration timeout) {
      this.toolTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** How often progress events are published while streaming (default 5 s, by the ticker). */
    public Builder progressEvery(Duration every) {
      this.progressEvery = Objects.requireNonNull(every, "every");
      return this;
    }

    /** The wall clock for keys and manifest timestamps (UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The monotonic time for rates and progress intervals. */
    public Builder ticker(Ticker ticker) {
      this.ticker = Objects.requireNonNull(ticker, "ticker");
      return this;
    }

    public Builder listener(Consumer<BackupEvent> listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    public PgBackup build() {
      return new PgBackup(new BackupSettings(this));
    }
  }
}
