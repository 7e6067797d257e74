package com.wekruit.valet.health.checks;

import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.Deadline;
import com.wekruit.valet.health.HealthCheck;
import com.wekruit.valet.health.Reason;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * TLS certificate expiry: handshakes with host:port (SNI for every host name, hostname verification) and reports the
 * earliest {@code notAfter} of the presented chain. DEGRADED when it falls within the warning window (default 14 days),
 * DOWN when expired or when the handshake fails. {@link #close()} may be called from any thread: it aborts a
 * handshake in flight.
 */
public final class TlsCertificateCheck implements HealthCheck {
  private final String host;
  private final int port;
  private final InetAddress address;
  private final Duration warning;
  private final SSLContext context;
  private final Clock clock;
  private final TrackedSockets sockets = new TrackedSockets();

  private TlsCertificateCheck(Builder b) {
    this.host = b.host;
    this.port = b.port;
    this.address = b.address;
    this.warning = b.warning;
    this.context = b.context;
    this.clock = b.clock;
  }

  public static Builder builder(String host, int port) {
    return new Builder(host, port);
  }

  @Override
  public CheckResult check(Deadline deadline) {
    if (deadline.expired()) return CheckResult.down(Reason.TIMEOUT, "no time left before the handshake");
    try (Socket plain = sockets.newSocket()) {
      InetSocketAddress target = address == null ? new InetSocketAddress(host, port)
          : new InetSocketAddress(address, port);
      plain.connect(target, deadline.remainingMillis());
      plain.setSoTimeout(deadline.remainingMillis());
      try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true)) {
        SSLParameters p = socket.getSSLParameters();
        p.setEndpointIdentificationAlgorithm("HTTPS");
        if (!Certificates.isIpLiteral(host)) p.setServerNames(List.of(new SNIHostName(host)));
        socket.setSSLParameters(p);
        socket.startHandshake();
        CheckResult r = Certificates.judge(List.of(socket.getSession().getPeerCertificates()), clock.instant(),
            warning, Map.of());
        return r != null ? r : CheckResult.down(Reason.BAD_RESPONSE, "no X.509 certificate presented");
      }
    } catch (SocketTimeoutException e) {
      return CheckResult.down(Reason.TIMEOUT, "TLS handshake timed out");
    } catch (SSLException e) {
      return CheckResult.down(Reason.BAD_RESPONSE, "TLS handshake failed: " + e.getMessage());
    } catch (IOException e) {
      return CheckResult.down(Reason.CONNECT_FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** Aborts a handshake in flight and refuses further runs. Idempotent; any thread. */
  @Override
  public void close() {
    sockets.close();
  }

  /** Configures a {@link TlsCertificateCheck}. */
  public static final class Builder {
    private final String host;
    private final int port;
    private Duration warning = Duration.ofDays(14);
    private InetAddress address;
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

    /**
     * Connects to this address instead of resolving the host, still presenting the host for SNI and verification
     * (like {@code curl --resolve}): probes one backend behind a load balancer or a name not in DNS yet.
     */
    public Builder resolve(InetAddress address) {
      this.address = Objects.requireNonNull(address, "address");
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
