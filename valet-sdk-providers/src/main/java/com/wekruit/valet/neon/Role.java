package com.wekruit.valet.neon;

import com.squareup.moshi.Json;
import com.wekruit.valet.json.Required;
import java.time.Instant;

/**
 * A Postgres role on a branch. Lists normally carry no password; when one is present it never shows in
 * {@link #toString()}.
 */
public record Role(
    @Required String branchId,
    @Required String name,
    String password,
    @Json(name = "protected") boolean isProtected,
    Instant createdAt,
    Instant updatedAt) {

  @Override
  public String toString() {
    return "Role[branchId=" + branchId + ", name=" + name + ", password=" + (password == null ? "none" : "****")
        + ", protected=" + isProtected + "]";
  }
}
