package com.wekruit.valet.health.checks;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/** The earliest {@code notAfter} of a presented chain: the chain is only as valid as its first expiry. */
final class Certificates {
  private Certificates() {}

  static Instant earliestExpiry(List<? extends Certificate> chain) {
    Instant earliest = null;
    for (Certificate c : chain) {
      if (c instanceof X509Certificate x) {
        Instant notAfter = x.getNotAfter().toInstant();
        if (earliest == null || notAfter.isBefore(earliest)) earliest = notAfter;
      }
    }
    return earliest;
  }
}
