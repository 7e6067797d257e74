package com.wekruit.valet.betterstack;

import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.spi.Credentials;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.internal.Loopback;
import okhttp3.HttpUrl;

/**
 * Pings one heartbeat from a machine that has only its ping URL (a cron host needs no API token):
 *
 * <pre>{@code
 * HeartbeatPinger backup = HeartbeatPinger.builder(System.getenv("BACKUP_HEARTBEAT_URL")).build();
 * backup.exitCode(process.waitFor());
 * }</pre>
 *
 * <p>The URL's token is redacted from every message, log line and {@code toString()} and never sent over plain HTTP
 * (except to loopback, for tests); retries, timeouts and the
 * circuit breaker are the SDK's usual ones. Thread-safe.
 */
public final class HeartbeatPinger {
  private final HttpTransport http;
  private final String url;

  private HeartbeatPinger(HttpTransport http, String url) {
    this.http = http;
    this.url = url;
  }

  /** A pinger for this ping URL ({@code https://uptime.betterstack.com/api/v1/heartbeat/<token>}). */
  public static Builder builder(String pingUrl) {
    return new Builder(pingUrl);
  }

  /** The job ran fine. */
  public void success() {
    Pings.send(http, url, Pings.Kind.SUCCESS, 0);
  }

  /** The job failed: an incident starts at once. */
  public void failure() {
    Pings.send(http, url, Pings.Kind.FAILURE, 0);
  }

  /** The job's exit code: 0 is success, anything else a failure. */
  public void exitCode(int code) {
    Pings.send(http, url, Pings.Kind.EXIT_CODE, code);
  }

  @Override
  public String toString() {
    return "HeartbeatPinger[" + http + "]";
  }

  /** Configures a {@link HeartbeatPinger}; the base URL is the ping URL's origin. Not thread-safe. */
  public static final class Builder extends ClientBuilder<Builder> {
    private final String url;

    private Builder(String pingUrl) {
      this.url = pingUrl;
      HttpUrl parsed = Pings.parse(pingUrl);
      if (!parsed.isHttps() && !Loopback.isLoopback(parsed.host())) {
        // the token in the path is the whole credential: anyone on the path could report the job as done
        throw new IllegalArgumentException("refusing to send a heartbeat ping token over plain HTTP to "
            + parsed.host() + " (use https, or localhost / a loopback address for tests)");
      }
      baseUrl(Pings.origin(parsed));
    }

    public HeartbeatPinger build() {
      return new HeartbeatPinger(transport(BetterStackClientImpl.PING_PROFILE, Credentials.NONE), url);
    }
  }
}
