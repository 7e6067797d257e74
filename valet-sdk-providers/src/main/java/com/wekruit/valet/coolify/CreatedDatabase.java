package com.wekruit.valet.coolify;

import com.wekruit.valet.json.Required;

/**
 * What creating a database returns (HTTP 201; the spec says 200 without a body). The URLs contain the password:
 * {@link #toString()} never shows them.
 *
 * @param externalDbUrl {@code null} unless the database is public
 */
public record CreatedDatabase(@Required String uuid, String internalDbUrl, String externalDbUrl) {
  @Override
  public String toString() {
    return "CreatedDatabase[" + uuid + ", urls hidden]";
  }
}
