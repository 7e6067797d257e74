package com.wekruit.valet.health.checks;

import com.squareup.moshi.JsonReader;
import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.Deadline;
import com.wekruit.valet.health.HealthCheck;
import com.wekruit.valet.health.HealthStatus;
import com.wekruit.valet.health.Reason;
import com.wekruit.valet.internal.Durations;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * {@code GET url}: UP when the status is expected (default 200). Redirects are not followed. Optional conditions:
 * a latency limit (DEGRADED/SLOW), a keyword in the body, an Actuator-style JSON {@code status} field. For HTTPS the
 * earliest certificate expiry of the presented chain is recorded, and a chain expiring soon is DEGRADED.
 *
 * <p>The whole exchange runs under the run's deadline (OkHttp call timeout); a run with no time left fails without
 * I/O. Plain HTTP keeps its connection alive between runs; HTTPS handshakes afresh every run, without session
 * resumption, so a renewed certificate shows at the next run. {@link #close()} may be called from any thread: it
 * cancels a call in flight and releases the check's connections.
 */
public final class HttpCheck implements HealthCheck {
  /** Sent with every probe, so the target's logs can tell probes from users. */
  public static final String USER_AGENT = "valet-health/1";
  /** {@link Builder#bodyContains} reads at most this many bytes of a body. */
  public static final long KEYWORD_SCAN_LIMIT = 64 * 1024;
  /**
   * Keep-alive connections shared by every HTTP check: up to 64 idle, so concurrent probes of one server reuse rather
   * than reconnect (a connection per check would also exceed servers' idle-connection limits at 1,000 targets).
   * Targets close idle connections sooner than a check's interval (Node after 5 s, the JDK server after 30 s), so a
   * probe, a GET, is repeated on a new connection when a pooled one turns out dead, within the same deadline.
   */
  private static final ConnectionPool POOL = new ConnectionPool(64, 5, TimeUnit.MINUTES);
  private static final OkHttpClient SHARED = new OkHttpClient.Builder().connectionPool(POOL)
      .followRedirects(false).followSslRedirects(false).retryOnConnectionFailure(true).build();
  private final Request request;
  private final OkHttpClient client;
  private final int[] expected;
  private final CheckResult[] upResults;
  private final long maxLatencyNanos;
  private final String keyword;
  private final boolean jsonStatus;
  private final Duration certWarning;
  private final Clock clock;
  private volatile Call inFlight;
  private volatile boolean closed;

  private HttpCheck(Builder b) {
    Request.Builder r = new Request.Builder().url(b.url).header("User-Agent", USER_AGENT).get();
    if (b.url.isHttps()) r.header("Connection", "close");
    this.request = r.build();
    OkHttpClient.Builder c = b.client.newBuilder().connectionPool(POOL);
    if (b.url.isHttps()) c.addNetworkInterceptor(FreshTls.FORGET_SESSION);
    this.client = c.build();
    this.expected = b.expected.stream().mapToInt(Integer::intValue).sorted().toArray();
    this.upResults = new CheckResult[expected.length];
    for (int i = 0; i < expected.length; i++) upResults[i] = CheckResult.up(Map.of("httpStatus", expected[i]));
    this.maxLatencyNanos = b.maxLatency == null ? 0 : b.maxLatency.toNanos();
    this.keyword = b.keyword;
    this.jsonStatus = b.jsonStatus;
    this.certWarning = b.certWarning;
    this.clock = b.clock;
  }

  /** A check of {@code GET url}. */
  public static Builder get(String url) {
    return new Builder(url);
  }

  @Override
  public CheckResult check(Deadline deadline) {
    long start = System.nanoTime();
    long left = deadline.remainingNanos();
    if (left <= 0) return CheckResult.down(Reason.TIMEOUT, "no time left before the first byte"); // 0 = no timeout
    if (closed) return CheckResult.down(Reason.CONNECT_FAILED, "check is closed");
    Call call = client.newCall(request);
    call.timeout().timeout(left, TimeUnit.NANOSECONDS);
    inFlight = call;
    if (closed) call.cancel();
    try (Response response = call.execute()) {
      int code = response.code();
      int index = Arrays.binarySearch(expected, code);
      if (index < 0) return CheckResult.down(Reason.BAD_STATUS, "HTTP " + code, Map.of("httpStatus", code));
      CheckResult body = checkBody(response.body());
      if (body != null) return body;
      CheckResult tls = response.handshake() == null ? null : checkCertificates(response, code);
      if (tls != null) return tls;
      long took = System.nanoTime() - start;
      if (maxLatencyNanos > 0 && took > maxLatencyNanos) {
        return CheckResult.degraded(Reason.SLOW, "took " + took / 1_000_000 + " ms", Map.of("httpStatus", code));
      }
      return upResults[index];
    } catch (InterruptedIOException e) {
      return CheckResult.down(Reason.TIMEOUT, "no complete response within the deadline");
    } catch (ConnectException e) {
      return CheckResult.down(Reason.CONNECT_FAILED, "connection refused");
    } catch (IOException e) {
      return CheckResult.down(Reason.CONNECT_FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
    } finally {
      inFlight = null;
    }
  }

  /**
   * Cancels a call in flight (closing its socket) and closes the idle pooled connections, so that no socket of this
   * check outlives it (other checks simply reconnect). Idempotent; any thread.
   */
  @Override
  public void close() {
    closed = true;
    Call c = inFlight;
    if (c != null) c.cancel();
    POOL.evictAll();
  }

  private CheckResult checkBody(ResponseBody body) throws IOException {
    if (keyword != null && !BodyScan.contains(body, keyword, KEYWORD_SCAN_LIMIT)) {
      return CheckResult.down(Reason.BAD_RESPONSE, "the first " + KEYWORD_SCAN_LIMIT / 1024
          + " KB of the body do not contain the keyword");
    }
    if (!jsonStatus) return null;
    String status = JsonStatus.read(JsonReader.of(body.source()));
    if (status == null) return CheckResult.down(Reason.BAD_RESPONSE, "no JSON status field");
    return switch (status.toUpperCase(Locale.ROOT)) {
      case "UP", "OK", "PASS", "HEALTHY", "SERVING" -> null;
      case "DEGRADED", "WARN" -> CheckResult.degraded(Reason.BAD_RESPONSE, "status " + status, Map.of("status", status));
      default -> CheckResult.down(Reason.BAD_RESPONSE, "status " + status, Map.of("status", status));
    };
  }

  private CheckResult checkCertificates(Response response, int code) {
    return Certificates.judge(response.handshake().peerCertificates(), clock.instant(), certWarning,
        Map.of("httpStatus", code));
  }

  /** Configures an {@link HttpCheck}; bad values fail here, naming the field. */
  public static final class Builder {
    private final HttpUrl url;
    private OkHttpClient client = SHARED;
    private Set<Integer> expected = Set.of(200);
    private Duration maxLatency;
    private String keyword;
    private boolean jsonStatus;
    private Duration certWarning = Duration.ofDays(14);
    private Clock clock = Clock.systemUTC();

    private Builder(String url) {
      HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
      if (parsed == null) throw new IllegalArgumentException("url: not an http(s) URL"); // never echoed: it may hold credentials
      this.url = parsed;
    }

    /** Statuses that count as UP (default 200). */
    public Builder expectStatus(Integer... codes) {
      for (int c : codes) if (c < 100 || c > 599) throw new IllegalArgumentException("expectStatus: " + c);
      if (codes.length == 0) throw new IllegalArgumentException("expectStatus: at least one status");
      this.expected = Set.of(codes);
      return this;
    }

    /** Slower responses are DEGRADED with reason SLOW. */
    public Builder maxLatency(Duration maxLatency) {
      this.maxLatency = Durations.requirePositive("maxLatency", maxLatency);
      return this;
    }

    /**
     * The body must contain this text within its first {@link HttpCheck#KEYWORD_SCAN_LIMIT} bytes (matched in the
     * body's declared charset, default UTF-8); reading stops at the match, so a huge or endless body cannot hold the
     * probe.
     */
    public Builder bodyContains(String keyword) {
      if (keyword == null || keyword.isEmpty()) throw new IllegalArgumentException("bodyContains: empty keyword");
      this.keyword = keyword;
      return this;
    }

    /** Reads a top-level JSON {@code status} field: UP/ok/pass/healthy are UP, DEGRADED/warn degraded, else DOWN. */
    public Builder jsonStatus() {
      this.jsonStatus = true;
      return this;
    }

    /** HTTPS chains expiring sooner than this are DEGRADED (default 14 days). */
    public Builder certificateWarning(Duration before) {
      if (before.isNegative()) throw new IllegalArgumentException("certificateWarning must not be negative");
      this.certWarning = before;
      return this;
    }

    /**
     * A client to take settings from (TLS, proxy); redirects are turned off, connections are pooled, and a probe is
     * repeated only on a new connection when a pooled one turned out dead.
     */
    public Builder client(OkHttpClient client) {
      this.client = Objects.requireNonNull(client, "client").newBuilder()
          .followRedirects(false).followSslRedirects(false).retryOnConnectionFailure(true).build();
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public HttpCheck build() {
      if (keyword != null && jsonStatus) throw new IllegalArgumentException("bodyContains and jsonStatus both read the body; pick one");
      return new HttpCheck(this);
    }
  }
}
