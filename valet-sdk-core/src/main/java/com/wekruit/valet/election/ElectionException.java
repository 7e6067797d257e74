package com.wekruit.valet.election;

import com.wekruit.valet.error.ValetClientException;
import java.sql.SQLException;

/** The election could not reach the database to decide; no job ran. Retryable. Immutable; thread-safe. */
public final class ElectionException extends ValetClientException {
  private static final long serialVersionUID = 1L;

  ElectionException(String jobName, SQLException cause) {
    super(Kind.IO, "election for job '" + jobName + "' failed: database unreachable or refused (SQLSTATE "
        + cause.getSQLState() + ")", cause, 1, true);
  }
}
