package com.wekruit.valet.hetzner;

import com.wekruit.valet.json.OpenEnum;
import java.time.Instant;
import java.util.Map;

/**
 * An image: system, app, snapshot or backup.
 *
 * <p>Immutable; thread-safe.
 *
 * @param imageSize GB, {@code null} while creating
 * @param boundTo server id for backups, else {@code null}
 */
public record Image(
    long id,
    OpenEnum<ImageType> type,
    OpenEnum<ImageStatus> status,
    String name,
    String description,
    Double imageSize,
    double diskSize,
    Instant created,
    CreatedFrom createdFrom,
    Long boundTo,
    String osFlavor,
    String osVersion,
    Protection protection,
    Instant deprecated,
    Instant deleted,
    Map<String, String> labels,
    String architecture) {

  /** The server a snapshot or backup was taken from. */
  public record CreatedFrom(long id, String name) {}

  /** Delete protection. */
  public record Protection(boolean delete) {}
}
