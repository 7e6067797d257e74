package com.wekruit.valet.hetzner;

import com.wekruit.valet.backup.BackupException;
import com.wekruit.valet.backup.BackupTask;
import com.wekruit.valet.backup.Guard;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Weekly VPS snapshots of one server, keeping the newest {@code keep} (default 4): a new snapshot is created and
 * confirmed available before the oldest is deleted, and only snapshots carrying this rotation's labels
 * ({@code managed-by=valet}, {@code valet-rotation=<name>}) are ever counted or deleted, so a snapshot made by hand
 * or by another rotation is never touched. Snapshots are crash-consistent (the server keeps running). Thread-safe.
 */
public final class SnapshotRotation {
  static final String MANAGED_BY = "managed-by";
  static final String ROTATION = "valet-rotation";
  private final HetznerClient hetzner;
  private final long serverId;
  private final String name;
  private final int keep;
  private final Duration timeout;
  private final Clock clock;

  private SnapshotRotation(Builder b) {
    this.hetzner = b.hetzner;
    this.serverId = b.serverId;
    this.name = b.name;
    this.keep = b.keep;
    this.timeout = b.timeout;
    this.clock = b.clock;
  }

  public static Builder builder(HetznerClient hetzner, long serverId) {
    return new Builder(hetzner, serverId);
  }

  /** What one rotation did. */
  public record Result(Image created, List<Image> kept, List<Image> deleted) {}

  /**
   * Creates a snapshot, waits until it is available, then deletes this rotation's oldest snapshots beyond
   * {@code keep}; {@code guard} is asked before the create and before each delete.
   *
   * @throws BackupException ({@code TOOL_FAILED}) when the new snapshot did not become available; nothing is deleted
   */
  public Result rotate(Guard guard) {
    guard.ensureHeld();
    Instant now = clock.instant();
    CreatedImage created = hetzner.servers().createImage(serverId, "valet " + name + " " + now, ImageType.SNAPSHOT,
        Map.of(MANAGED_BY, "valet", ROTATION, name));
    created.action().await(timeout);
    Image confirmed = hetzner.images().get(created.image().id());
    if (!confirmed.status().is(ImageStatus.AVAILABLE)) {
      throw new BackupException(BackupException.Reason.TOOL_FAILED, "snapshot " + confirmed.id() + " of server "
          + serverId + " is " + confirmed.status() + " after its action finished; deleting nothing", null);
    }
    List<Image> owned = new ArrayList<>(hetzner.images().list(ImageQuery.snapshots().status(ImageStatus.AVAILABLE)
        .labelSelector(MANAGED_BY + "=valet," + ROTATION + "=" + name)).stream().filter(this::ours).toList());
    if (owned.stream().noneMatch(i -> i.id() == confirmed.id())) owned.add(confirmed);
    owned.sort(Comparator.comparing(Image::created, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparingLong(Image::id).reversed());
    List<Image> kept = List.copyOf(owned.subList(0, Math.min(keep, owned.size())));
    List<Image> deleted = new ArrayList<>();
    for (Image old : owned.subList(kept.size(), owned.size())) {
      guard.ensureHeld();
      hetzner.images().delete(old.id());
      deleted.add(old);
    }
    return new Result(confirmed, kept, List.copyOf(deleted));
  }

  private boolean ours(Image i) {
    Map<String, String> l = i.labels() == null ? Map.of() : i.labels();
    return i.type().is(ImageType.SNAPSHOT) && "valet".equals(l.get(MANAGED_BY)) && name.equals(l.get(ROTATION))
        && i.createdFrom() != null && i.createdFrom().id() == serverId;
  }

  /** This rotation as a scheduled task. */
  public BackupTask asTask() {
    return guard -> {
      Result r = rotate(guard);
      return new BackupTask.Result("hetzner-image:" + r.created().id(), 0, "snapshot " + r.created().id()
          + " available; kept " + r.kept().size() + ", deleted " + r.deleted().size());
    };
  }

  /** Builds a {@link SnapshotRotation}. Not thread-safe. */
  public static final class Builder {
    private final HetznerClient hetzner;
    private final long serverId;
    private String name;
    private int keep = 4;
    private Duration timeout = Duration.ofMinutes(30);
    private Clock clock = Clock.systemUTC();

    private Builder(HetznerClient hetzner, long serverId) {
      this.hetzner = Objects.requireNonNull(hetzner, "hetzner");
      this.serverId = serverId;
      this.name = "weekly-" + serverId;
    }

    /** The rotation's label value (default {@code weekly-<serverId>}): [a-z0-9-_.], at most 63 characters. */
    public Builder name(String name) {
      if (!name.matches("[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?")) {
        throw new IllegalArgumentException("name must be a Hetzner label value, was " + name);
      }
      this.name = name;
      return this;
    }

    /** Snapshots kept (default 4, at least 1). */
    public Builder keep(int n) {
      if (n < 1) throw new IllegalArgumentException("keep must be >= 1, was " + n);
      this.keep = n;
      return this;
    }

    /** How long the create_image action may take (default 30 min). */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public SnapshotRotation build() {
      return new SnapshotRotation(this);
    }
  }
}
