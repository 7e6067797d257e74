package com.wekruit.valet.coolify;

import com.wekruit.valet.error.ForbiddenException;
import com.wekruit.valet.error.ValetException;
import java.util.Locale;
import java.util.Optional;

/**
 * Why Coolify answered 403, read from its message (it sends no code). Each reason is also the exception's
 * {@code providerCode()}. Immutable.
 */
public enum ForbiddenReason {
  /** Settings → Advanced → API Access is off on this instance ("API is disabled."). */
  API_DISABLED("api_disabled"),
  /** The instance's allowed-IPs list does not include the caller ("You are not allowed to access the API."). */
  IP_NOT_ALLOWED("ip_not_allowed"),
  /**
   * The token lacks an ability, e.g. {@code deploy} on a read-only token ("Missing required permissions: deploy"),
   * or its team role may not do this (Laravel's policy refusal, "This action is unauthorized.").
   */
  MISSING_PERMISSION("missing_permission"),
  /** Any other refusal. */
  OTHER("forbidden");

  private final String code;

  ForbiddenReason(String code) {
    this.code = code;
  }

  /** The provider code the client gives this reason. */
  public String code() {
    return code;
  }

  /** The reason of a Coolify 403, or empty for any other failure. */
  public static Optional<ForbiddenReason> of(ValetException e) {
    if (!(e instanceof ForbiddenException f) || !"coolify".equals(f.error().provider())) return Optional.empty();
    for (ForbiddenReason r : values()) if (r.code.equals(f.providerCode())) return Optional.of(r);
    return Optional.of(OTHER);
  }

  static ForbiddenReason fromMessage(String message) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (m.contains("api is disabled")) return API_DISABLED;
    if (m.contains("not allowed to access the api")) return IP_NOT_ALLOWED;
    if (m.contains("missing required permission") || m.contains("not allowed to perform this action")
        || m.contains("do not have permission") || m.contains("exceed your current role")
        || m.contains("this action is unauthorized")) {
      return MISSING_PERMISSION;
    }
    return OTHER;
  }
}
