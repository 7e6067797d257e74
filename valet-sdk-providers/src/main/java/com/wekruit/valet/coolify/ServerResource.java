package com.wekruit.valet.coolify;

import com.wekruit.valet.json.Required;

/**
 * An application, service or database on a server, as {@code GET /servers/{uuid}/resources} lists it.
 *
 * @param type e.g. {@code application}, {@code service}, {@code standalone-postgresql}
 * @param status {@code state:health}, e.g. {@code running:healthy}
 */
public record ServerResource(long id, @Required String uuid, String name, String type, String status,
    String createdAt, String updatedAt) {

  /** The container state, e.g. {@code running}, or {@code ""}. */
  public String state() {
    return ResourceStatus.state(status);
  }

  /** The health, e.g. {@code healthy}, or {@code ""}. */
  public String health() {
    return ResourceStatus.health(status);
  }
}
