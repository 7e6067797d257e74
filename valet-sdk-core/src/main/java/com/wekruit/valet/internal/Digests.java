package com.wekruit.valet.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Message digests every JDK has. */
public final class Digests {
  private Digests() {}

  /** A new SHA-256 digest. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
