package com.wekruit.valet.health.checks;

import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.Deadline;
import com.wekruit.valet.health.HealthCheck;
import com.wekruit.valet.health.Reason;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * TLS certificate expiry: handshakes with host:port (SNI, hostname verification) and reports the earliest
 * {@code notAfter} of the presented chain. DEGRADED when it falls within the warning window (default 14 days), DOWN when
 * expired or when the handshake fails.
 */
public final class TlsCertificateCheck implements HealthCheck {
  private final String host;
  private final int port;
  private final Duration warning;
  private final SSLContext context;
  private final Clock clock;

  private TlsCertificateCheck(Builder b) {
    this.host = b.host;
    this.port = b.port;
    this.warning = b.warning;
    this.context = b.context;
    this.clock = b.clock;
  }

  public static Builder builder(String host, int port) {
    return new Builder(host, port);
  }

  @Override
  public CheckResult check(Deadline deadline) {
    try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
      socket.connect(new InetSocketAddress(host, port), deadline.remainingMillis());
      socket.setSoTimeout(deadline.remainingMillis());
      SSLParameters p = socket.getSSLParameters();
      p.setEndpointIdentificationAlgorithm("HTTPS");
      if (!Character.isDigit(host.charAt(0)) && !host.contains(":")) p.setServerNames(List.of(new SNIHostName(host)));
      socket.setSSLParameters(p);
      socket.startHandshake();
      Instant expiry = Certificates.earliestExpiry(List.of(socket.getSession().getPeerCertificates()));
      Instant now = clock.instant();
      long days = Duration.between(now, expiry).toDays();
      Map<String, Object> details = Map.of("earliestExpiry", expiry.toString(), "daysLeft", days);
      if (!expiry.isAfter(now)) return CheckResult.down(Reason.CERT_EXPIRING, "certificate expired", details);
      if (expiry.isBefore(now.plus(warning))) {
        return CheckResult.degraded(Reason.CERT_EXPIRING, "certificate expires in " + days + " days", details);
      }
      return CheckResult.up(details);
    } catch (SocketTimeoutException e) {
      return CheckResult.down(Reason.TIMEOUT, "TLS handshake timed out");
    } catch (SSLException e) {
      return CheckResult.down(Reason.BAD_RESPONSE, "TLS handshake failed: " + e.getMessage());
    } catch (IOException e) {
      return CheckResult.down(Reason.CONNECT_FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** Configures a {@link TlsCertificateCheck}. */
  public static final class Builder {
    private final String host;
    private final int port;
    private Duration warning = Duration.ofDays(14);
    private SSLContext context;
    private Clock clock = Clock.systemUTC();

    private Builder(String host, int port) {
      HostPort.require(host, port);
      this.host = host;
      this.port = port;
    }

    /** Chains expiring sooner are DEGRADED (default 14 days, the runbook's alert). */
    public Builder warning(Duration warning) {
      if (warning.isNegative()) throw new IllegalArgumentException("warning must not be negative");
      this.warning = warning;
      return this;
    }

    /** Trust material other than the JDK's default (e.g. a private CA). */
    public Builder sslContext(SSLContext context) {
      this.context = Objects.requireNonNull(context, "sslContext");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public TlsCertificateCheck build() {
      if (context == null) {
        try {
          context = SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
          throw new IllegalStateException("no default TLS context", e);
        }
      }
      return new TlsCertificateCheck(this);
    }
  }
}
