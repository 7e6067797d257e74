package com.wekruit.valet.neon;

import com.wekruit.valet.http.RateLimit;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.OperationWaiter;
import com.wekruit.valet.spi.ProviderProfile;
import java.time.Duration;
import java.util.Objects;

final class NeonClientImpl implements NeonClient {
  private final HttpTransport http;
  private final OperationWaiter waiter;
  private final Duration lockWait;
  private final Projects projects;

  NeonClientImpl(HttpTransport http, OperationWaiter waiter, String orgId, Duration lockWait) {
    this.http = http;
    this.waiter = waiter;
    this.lockWait = lockWait;
    this.projects = new Projects(http, orgId);
  }

  /** Neon's conventions for the transport; the budget is per client, so each client gets its own profile. */
  static ProviderProfile profile(int perMinute, int perSecond) {
    return new ProviderProfile("neon", DEFAULT_BASE_URL, new NeonErrors(), new NeonRateBudget(perMinute, perSecond),
        Duration.ofSeconds(2));
  }

  @Override
  public Projects projects() {
    return projects;
  }

  @Override
  public Branches branches(String projectId) {
    return new Branches(http, operations(projectId), projectId);
  }

  @Override
  public Endpoints endpoints(String projectId) {
    return new Endpoints(http, operations(projectId), projectId);
  }

  @Override
  public Operations operations(String projectId) {
    return new Operations(http, waiter, Objects.requireNonNull(projectId, "projectId"), lockWait);
  }

  @Override
  public RateLimit rateLimit() {
    return http.rateLimit();
  }

  @Override
  public String toString() {
    return "NeonClient[" + http + "]";
  }
}
