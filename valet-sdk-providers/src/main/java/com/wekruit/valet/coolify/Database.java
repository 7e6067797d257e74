package com.wekruit.valet.coolify;

import com.wekruit.valet.json.Required;

/**
 * A standalone database. The spec types this list as a placeholder string; the API sends these objects. Connection
 * URLs and passwords are not modelled.
 *
 * @param databaseType e.g. {@code standalone-postgresql}, {@code standalone-redis}
 * @param status {@code state:health}, e.g. {@code running:healthy}
 */
public record Database(
    @Required String uuid,
    String name,
    String description,
    String databaseType,
    String image,
    String status,
    boolean isPublic,
    Integer publicPort,
    String createdAt,
    String updatedAt) {

  /** The container state, e.g. {@code running}, or {@code ""}. */
  public String state() {
    return ResourceStatus.state(status);
  }
}
