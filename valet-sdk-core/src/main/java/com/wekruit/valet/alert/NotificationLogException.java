package com.wekruit.valet.alert;

import com.wekruit.valet.error.ValetClientException;
import java.sql.SQLException;

/** The notification log could not be read or written; nothing was sent. Retryable. Immutable; thread-safe. */
public final class NotificationLogException extends ValetClientException {
  private static final long serialVersionUID = 1L;

  NotificationLogException(String what, SQLException cause) {
    super(Kind.IO, "notification log: could not " + what + " (SQLSTATE " + cause.getSQLState() + ")", cause, 1, true);
  }
}
