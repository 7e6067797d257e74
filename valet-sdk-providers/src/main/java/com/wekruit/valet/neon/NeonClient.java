package com.wekruit.valet.neon;

import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.http.RateLimit;
import com.wekruit.valet.spi.BearerToken;
import com.wekruit.valet.spi.OperationWaiter;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * Neon API v2 client: projects, branches (also at a point in time), restores, compute endpoints with autoscaling,
 * operations, connection URIs, databases and roles.
 *
 * <pre>{@code
 * NeonClient neon = NeonClient.fromEnv();                                  // NEON_API_KEY, optional NEON_ORG_ID
 * CreatedBranch pitr = neon.branches(projectId).create(CreateBranchRequest.builder().name("before-incident")
 *     .atTimestamp(Instant.parse("2026-11-25T12:00:00Z"))
 *     .endpoint(EndpointType.READ_WRITE, ComputeSettings.builder().autoscaling(0.25, 1).build()).build())
 *     .await(Duration.ofMinutes(2));                                       // its operations finished
 * }</pre>
 *
 * <p>Every mutating call returns a {@link Pending} with the operations it started; when the project is busy (423
 * "running operations") the call waits for those operations and is repeated. Neon's rate limits (700 requests per
 * minute, 40 per second) are kept by a client-wide gate. Thread-safe; create one per API key and share it.
 */
public interface NeonClient {
  String DEFAULT_BASE_URL = "https://console.neon.tech/api/v2";

  static Builder builder() {
    return new Builder();
  }

  /** A client from {@code NEON_API_KEY} and, if set, {@code NEON_ORG_ID}. */
  static NeonClient fromEnv() {
    return fromEnv(System::getenv);
  }

  /** A client from the given variables, e.g. {@code Map.of("NEON_API_KEY", ...)::get}. */
  static NeonClient fromEnv(Function<String, String> env) {
    String key = env.apply("NEON_API_KEY");
    if (key == null || key.isBlank()) throw new IllegalStateException("NEON_API_KEY is not set");
    Builder b = builder().apiKey(key);
    String org = env.apply("NEON_ORG_ID");
    if (org != null && !org.isBlank()) b.orgId(org);
    return b.build();
  }

  Projects projects();

  Branches branches(String projectId);

  Endpoints endpoints(String projectId);

  Operations operations(String projectId);

  /** The client's own count of its request budget (Neon sends no rate-limit headers), or {@code null} at first. */
  RateLimit rateLimit();

  /** Configures a {@link NeonClient}. Not thread-safe. */
  final class Builder extends ClientBuilder<Builder> {
    private BearerToken key;
    private String orgId;
    private Duration lockWait = Duration.ofMinutes(5);
    private Duration pollInterval = Duration.ofSeconds(1);
    private Duration maxPollInterval = Duration.ofSeconds(5);
    private int perMinute = 700;
    private int perSecond = 40;

    Builder() {}

    /** A personal, organization or project-scoped API key. */
    public Builder apiKey(String apiKey) {
      this.key = BearerToken.of(apiKey);
      return this;
    }

    /** The organization whose projects {@code projects().list()} shows; needed for personal keys in an org. */
    public Builder orgId(String orgId) {
      if (orgId == null || !orgId.matches("[a-z0-9-]{1,60}")) {
        throw new IllegalArgumentException("orgId must match [a-z0-9-]{1,60}");
      }
      this.orgId = orgId;
      return this;
    }

    /** How long a call on a busy project waits for its running operations before failing (default 5 min). */
    public Builder lockWait(Duration wait) {
      if (wait.isNegative() || wait.isZero()) throw new IllegalArgumentException("lockWait must be positive");
      this.lockWait = wait;
      return this;
    }

    /** First delay between operation polls (default 1 s), growing 1.5x up to {@code max} (default 5 s). */
    public Builder pollInterval(Duration first, Duration max) {
      if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
        throw new IllegalArgumentException("pollInterval: need 0 < first <= max, was " + first + ", " + max);
      }
      this.pollInterval = first;
      this.maxPollInterval = max;
      return this;
    }

    /** The request budget this client keeps (default Neon's 700 per minute, 40 per second); lower it to share. */
    public Builder requestBudget(int perMinute, int perSecond) {
      if (perMinute < 1 || perSecond < 1) throw new IllegalArgumentException("request budget must be positive");
      this.perMinute = perMinute;
      this.perSecond = perSecond;
      return this;
    }

    public NeonClient build() {
      Objects.requireNonNull(key, "apiKey is required");
      var http = transport(NeonClientImpl.profile(perMinute, perSecond), key);
      OperationWaiter waiter = new OperationWaiter(http.ticker(), http.sleeper(), pollInterval, maxPollInterval, () -> {
        RateLimit r = http.rateLimit();
        return r == null ? Duration.ZERO : r.pacing(http.clock().instant());
      });
      return new NeonClientImpl(http, waiter, orgId, lockWait);
    }
  }
}
