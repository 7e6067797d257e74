package com.wekruit.valet.coolify;

import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.http.RateLimit;
import com.wekruit.valet.spi.BearerToken;
import com.wekruit.valet.spi.OperationWaiter;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * Coolify (self-hosted PaaS) API client: applications, deployments with waiting and rollback, servers, services,
 * databases and their backup schedules.
 *
 * <pre>{@code
 * CoolifyClient coolify = CoolifyClient.fromEnv();                  // COOLIFY_URL, COOLIFY_TOKEN
 * Deployment done = coolify.applications().deployAndAwait(appUuid, Duration.ofMinutes(10));
 * Deployment back = coolify.applications().rollbackAndAwait(appUuid, "a1b2c3d", Duration.ofMinutes(10));
 * }</pre>
 *
 * <p>Coolify has no machine-readable error codes; the client derives them from status and message (see {@link
 * CoolifyErrors}): a 403 says whether API access is off ({@code api_disabled}), the caller's IP is not allowed
 * ({@code ip_not_allowed}) or the token lacks a permission ({@code missing_permission}), see {@link ForbiddenReason}.
 *
 * <p>Thread-safe; create one per instance and token and share it.
 */
public interface CoolifyClient {
  /** Coolify Cloud; self-hosted instances use {@code https://<host>/api/v1}. */
  String DEFAULT_BASE_URL = "https://app.coolify.io/api/v1";

  static Builder builder() {
    return new Builder();
  }

  /** A client from {@code COOLIFY_URL} (instance root or API root) and {@code COOLIFY_TOKEN}. */
  static CoolifyClient fromEnv() {
    return fromEnv(System::getenv);
  }

  /** A client from the given variables, e.g. {@code Map.of("COOLIFY_TOKEN", ...)::get}. */
  static CoolifyClient fromEnv(Function<String, String> env) {
    String token = env.apply("COOLIFY_TOKEN");
    if (token == null || token.isBlank()) throw new IllegalStateException("COOLIFY_TOKEN is not set");
    String url = env.apply("COOLIFY_URL");
    if (url == null || url.isBlank()) throw new IllegalStateException("COOLIFY_URL is not set");
    return builder().token(token).instanceUrl(url).build();
  }

  /**
   * {@code GET /version}: the instance version as plain text, e.g. {@code 4.3.11}.
   *
   * @throws com.wekruit.valet.error.ValetClientException {@code UNDECODABLE_BODY} when the answer is no version (a
   *     login or proxy page)
   */
  String version();

  /**
   * {@code GET /health}: {@code OK} when the instance is up (plain text, no token needed).
   *
   * @throws com.wekruit.valet.error.ValetClientException {@code UNDECODABLE_BODY} when a 200 says anything else
   */
  String health();

  Applications applications();

  Deployments deployments();

  Servers servers();

  Services services();

  Databases databases();

  /** The rate-limit budget from the latest response ({@code X-RateLimit-*}), or {@code null}. */
  RateLimit rateLimit();

  /** Configures a {@link CoolifyClient}. Not thread-safe. */
  final class Builder extends ClientBuilder<Builder> {
    private BearerToken token;
    private Duration pollInterval = Duration.ofSeconds(2);
    private Duration maxPollInterval = Duration.ofSeconds(15);

    Builder() {}

    /** An API token ({@code <id>|<secret>}, sent whole). */
    public Builder token(String token) {
      this.token = BearerToken.of(token);
      return this;
    }

    /**
     * The instance, e.g. {@code https://coolify.example.com}: {@code /api/v1} is appended unless the URL already ends
     * with it ({@code /v1} after a URL ending in {@code /api}). Use {@link #baseUrl(String)} for an exact API root.
     */
    public Builder instanceUrl(String url) {
      String u = Objects.requireNonNull(url, "url").strip();
      while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
      return baseUrl(u.endsWith("/api/v1") ? u : u.endsWith("/api") ? u + "/v1" : u + "/api/v1");
    }

    /**
     * The exact API root. A URL with user info ({@code https://user:password@host}, a reverse proxy's basic auth) is
     * refused: those credentials are never sent, and they would show wherever the URL is printed.
     */
    @Override
    public Builder baseUrl(String baseUrl) {
      HttpUrl u = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
      if (u != null && (!u.username().isEmpty() || !u.password().isEmpty())) {
        throw new IllegalArgumentException("baseUrl: user info (user:password@) is not sent and would show in "
            + "messages; remove it (a proxy's basic auth cannot be combined with the API token)");
      }
      return super.baseUrl(baseUrl);
    }

    /** First delay between deployment polls (default 2 s); grows 1.5x up to {@code max} (default 15 s). */
    public Builder pollInterval(Duration first, Duration max) {
      OperationWaiter.requireIntervals(first, max);
      this.pollInterval = first;
      this.maxPollInterval = max;
      return this;
    }

    public CoolifyClient build() {
      Objects.requireNonNull(token, "token is required");
      var http = transport(CoolifyClientImpl.PROFILE, token);
      return new CoolifyClientImpl(http, OperationWaiter.paced(http, pollInterval, maxPollInterval));
    }
  }
}
