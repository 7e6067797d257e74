package com.wekruit.valet.cloudflare;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;
import java.time.Instant;
import java.util.List;

/**
 * What token verification says. It names no account or permissions: a valid token may still lack a permission.
 *
 * @param expiresOn {@code null} when the token does not expire
 * @param notBefore {@code null} when the token is valid from its creation
 * @param messages the API's notices, e.g. {@code 10000 "This API Token is valid and active"}
 */
public record TokenStatus(@Required String id, @Required OpenEnum<Status> status, Instant expiresOn, Instant notBefore,
    List<Notice> messages) {

  /** Token status; {@code UNKNOWN} for values newer than this SDK. */
  public enum Status { ACTIVE, DISABLED, EXPIRED, UNKNOWN }

  /** Whether the token can be used now. */
  public boolean active() {
    return status.is(Status.ACTIVE);
  }

  TokenStatus withMessages(List<Notice> notices) {
    return new TokenStatus(id, status, expiresOn, notBefore, notices);
  }
}
