package com.wekruit.valet.cloudflare;

import com.wekruit.valet.error.ConflictException;
import com.wekruit.valet.error.ValetApiException;

/**
 * Cloudflare refused to create a DNS record because one like it exists: {@code 81057} (a record of that name and
 * type already exists) or {@code 81058} (an identical record exists). The request did not take effect.
 */
public class DuplicateRecordException extends ConflictException {
  private static final long serialVersionUID = 1L;
  static final long RECORD_EXISTS = 81057;
  static final long IDENTICAL_EXISTS = 81058;

  DuplicateRecordException(ValetApiException e) {
    super(e.error(), e.attempts(), false);
    setStackTrace(e.getStackTrace());
  }

  /** Whether an identical record exists ({@code 81058}), so nothing was missing. */
  public boolean identical() {
    return error().numericCode().orElse(0) == IDENTICAL_EXISTS;
  }

  static boolean matches(ValetApiException e) {
    long code = e.error().numericCode().orElse(0);
    return code == RECORD_EXISTS || code == IDENTICAL_EXISTS;
  }
}
