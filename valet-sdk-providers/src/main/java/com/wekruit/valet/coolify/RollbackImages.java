package com.wekruit.valet.coolify;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The images of an application still on its server, which it can roll back to. Empty when the server is unreachable.
 *
 * @param current the running image's tag, or {@code null}
 */
public record RollbackImages(String current, List<Image> images) {

  /** One image; {@code tag} is what {@link Applications#rollback} takes (usually a commit). */
  public record Image(String tag, String createdAt, boolean isCurrent) {}

  /** The newest image that is not the current one: the usual "one-click rollback" target. */
  public Optional<Image> previous() {
    return images.stream().filter(i -> !i.isCurrent() && !i.tag().equals(current))
        .max(Comparator.comparing(i -> i.createdAt() == null ? "" : i.createdAt()));
  }
}
