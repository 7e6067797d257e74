package com.wekruit.valet.store;

import com.wekruit.valet.error.ValetException;

/**
 * A streamed upload did not complete and was aborted: the source stream failed, the caller's completion check said
 * no, or the stream was too long for the part size. No object was created or replaced. A failure of the store itself
 * is thrown as its own typed exception instead, after the abort.
 */
public class UploadAbortedException extends ValetException {
  private static final long serialVersionUID = 1L;

  public UploadAbortedException(String message, Throwable cause) {
    super(message, cause, 1, false);
  }
}
