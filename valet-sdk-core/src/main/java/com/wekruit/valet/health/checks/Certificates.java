package com.wekruit.valet.health.checks;

import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.Reason;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that judges certificate expiry, for {@link HttpCheck} and {@link TlsCertificateCheck}: the chain is
 * only as valid as its earliest {@code notAfter}. Expired is DOWN, within the warning window DEGRADED, both with
 * reason CERT_EXPIRING; details {@code tlsEarliestExpiry} and {@code daysLeft}.
 */
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

  /** The verdict on a presented chain, with {@code base} details first; {@code null} when it has no X.509 certificate. */
  static CheckResult judge(List<? extends Certificate> chain, Instant now, Duration warning, Map<String, Object> base) {
    Instant expiry = earliestExpiry(chain);
    if (expiry == null) return null;
    long days = Duration.between(now, expiry).toDays();
    Map<String, Object> d = new LinkedHashMap<>(base);
    d.put("tlsEarliestExpiry", expiry.toString());
    d.put("daysLeft", days);
    if (!expiry.isAfter(now)) return CheckResult.down(Reason.CERT_EXPIRING, "certificate expired", d);
    if (expiry.isBefore(now.plus(warning))) {
      return CheckResult.degraded(Reason.CERT_EXPIRING, "certificate expires in " + days + " days", d);
    }
    return CheckResult.up(d);
  }

  /** Whether {@code host} is an IP literal (no SNI for those); every host name gets SNI, "1password.com" included. */
  static boolean isIpLiteral(String host) {
    if (host.indexOf(':') >= 0) return true; // IPv6
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) return false;
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }
}
