package com.wekruit.valet.election;

import com.wekruit.valet.error.ValetException;

/**
 * This replica no longer holds the job's advisory lock (its session ended or the lock was released): stop the job's
 * side effects, another replica may already be running it.
 * <p>Immutable; thread-safe.
 */
public final class LeadershipLostException extends ValetException {
  private static final long serialVersionUID = 1L;

  LeadershipLostException(String jobName, Throwable cause) {
    super("leadership of job '" + jobName + "' lost: its database session or advisory lock is gone", cause, 1, false);
  }
}
