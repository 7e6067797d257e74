package com.wekruit.valet.health.checks;

import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.Reason;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.Map;

/**
 * pg_isready semantics for a failed connection: no SQLSTATE or {@code 08xxx} means no answer (DOWN), {@code 57P03}
 * REJECTING (DOWN), authentication or a missing database AUTH_FAILED and {@code 53300} CAPACITY (the server is up:
 * DEGRADED).
 */
final class PgStates {
  private PgStates() {}

  static CheckResult classify(SQLException e, boolean deadlinePassed) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    Map<String, Object> d = Map.of("sqlState", state);
    switch (state) {
      case "57P03":
        return CheckResult.down(Reason.REJECTING, "server is not accepting connections (57P03)", d);
      case "28P01":
      case "28000":
        return CheckResult.degraded(Reason.AUTH_FAILED, "server is up; authentication failed (" + state + ")", d);
      case "3D000":
        return CheckResult.degraded(Reason.AUTH_FAILED, "server is up; database does not exist (3D000)", d);
      case "53300":
        return CheckResult.degraded(Reason.CAPACITY, "server is up; too many connections (53300)", d);
      case "99999": // pgjdbc's "unknown": the reply was not PostgreSQL's protocol, the server did not answer as one
        return CheckResult.down(Reason.BAD_RESPONSE, "not a PostgreSQL reply", d);
      default:
        if (state.startsWith("08") || state.isEmpty()) {
          boolean timeout = deadlinePassed || hasCause(e, SocketTimeoutException.class);
          return CheckResult.down(timeout ? Reason.TIMEOUT : Reason.CONNECT_FAILED, "no answer: " + e.getMessage(), d);
        }
        return CheckResult.degraded(Reason.EXCEPTION, "server answered with SQLSTATE " + state, d);
    }
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) if (type.isInstance(c)) return true;
    return false;
  }
}
