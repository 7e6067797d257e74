package com.wekruit.valet.hetzner;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;
import java.time.Instant;
import java.util.List;

/**
 * An asynchronous task: wait until it reaches {@code success} or {@code error}.
 *
 * <p>Immutable; thread-safe.
 *
 * @param progress 0-100
 * @param finished {@code null} while running
 * @param error set when the status is {@code error}
 */
public record Action(
    @Required long id,
    @Required String command,
    @Required OpenEnum<ActionStatus> status,
    int progress,
    Instant started,
    Instant finished,
    List<Resource> resources,
    Error error) {

  /** A resource the action works on. */
  public record Resource(long id, String type) {}

  /** Why an action failed. */
  public record Error(String code, String message) {}

  public boolean running() {
    return status.is(ActionStatus.RUNNING);
  }
}
