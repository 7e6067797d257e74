package com.wekruit.valet.health.checks;

import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.Reason;
import java.util.Locale;
import java.util.Map;

/**
 * Judges a Redis reply that is not the expected one: authentication errors mean the server is up (DEGRADED),
 * LOADING/MASTERDOWN/BUSY that it is up but not serving (DOWN/REJECTING), anything else, an {@code -ERR} to PING or a
 * line that is not RESP at all, that this is not a healthy Redis (DOWN/BAD_RESPONSE).
 */
final class RespReplies {
  private RespReplies() {}

  /** A reply other than the expected one: auth errors mean the server is up, anything else is not a healthy Redis. */
  static CheckResult judge(String reply, boolean toAuth) {
    if (!reply.startsWith("-")) {
      return CheckResult.down(Reason.BAD_RESPONSE, "not a Redis reply", Map.of("reply", printable(reply)));
    }
    String code = reply.substring(1).split(" ", 2)[0];
    Map<String, Object> d = Map.of("reply", printable(code));
    String lower = reply.toLowerCase(Locale.ROOT);
    switch (code) {
      case "NOAUTH", "WRONGPASS", "NOPERM":
        return CheckResult.degraded(Reason.AUTH_FAILED, "server is up; authentication failed (" + code + ")", d);
      case "LOADING", "MASTERDOWN", "BUSY":
        return CheckResult.down(Reason.REJECTING, "server is up but not serving (" + code + ")", d);
      default:
        if (toAuth && (lower.contains("password") || lower.contains("auth"))) {
          return CheckResult.degraded(Reason.AUTH_FAILED, "server is up; authentication failed", d);
        }
        return CheckResult.down(Reason.BAD_RESPONSE, "unexpected reply " + printable(code), d);
    }
  }

  private static String printable(String s) {
    String cut = s.length() > 40 ? s.substring(0, 40) : s;
    return cut.replaceAll("[^\\x20-\\x7e]", "?");
  }

}
