package com.wekruit.valet.cloudflare;

import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.http.RateLimit;
import com.wekruit.valet.spi.Credentials;
import java.util.function.Function;

/**
 * Cloudflare API v4 client: token verification, zones, DNS records, zone settings and cache purge.
 *
 * <pre>{@code
 * CloudflareClient cf = CloudflareClient.fromEnv();                      // CLOUDFLARE_API_TOKEN
 * Zone zone = cf.zones().findByName("example.com").orElseThrow();
 * cf.dnsRecords(zone.id()).upsert(DnsRecordRequest.builder(DnsRecordType.A, "app.example.com", "203.0.113.10")
 *     .proxied(true).build());
 * cf.settings(zone.id()).ssl(SslMode.STRICT);
 * }</pre>
 *
 * <p>Every answer passes one envelope reader ({@code success: false} on HTTP 200 is an error; Cloudflare's numeric
 * codes are kept as {@code providerCode()}). The global budget (1,200 requests per 5 minutes) is counted by the
 * client and, with any 429 of the global limit, closes a client-wide gate: calls then wait for it, or fail at once
 * with {@code BudgetSpentException} when the wait exceeds {@code RetryPolicy.maxServerWait()}.
 *
 * <p>Thread-safe; create one per token and share it.
 */
public interface CloudflareClient {
  String DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4";

  static Builder builder() {
    return new Builder();
  }

  /**
   * A client from {@code CLOUDFLARE_API_TOKEN} (preferred) or {@code CLOUDFLARE_EMAIL} + {@code CLOUDFLARE_API_KEY},
   * with {@code CLOUDFLARE_ACCOUNT_ID} and {@code CLOUDFLARE_BASE_URL} if set.
   */
  static CloudflareClient fromEnv() {
    return fromEnv(System::getenv);
  }

  /** The same from the given variables, e.g. {@code Map.of("CLOUDFLARE_API_TOKEN", ...)::get}. */
  static CloudflareClient fromEnv(Function<String, String> env) {
    Builder b = builder();
    String token = env.apply("CLOUDFLARE_API_TOKEN");
    String email = env.apply("CLOUDFLARE_EMAIL");
    String key = env.apply("CLOUDFLARE_API_KEY");
    if (token != null && !token.isBlank()) b.token(token);
    else if (email != null && !email.isBlank() && key != null && !key.isBlank()) b.legacyKey(email, key);
    else throw new IllegalStateException("CLOUDFLARE_API_TOKEN (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY) is not set");
    String account = env.apply("CLOUDFLARE_ACCOUNT_ID");
    if (account != null && !account.isBlank()) b.accountId(account);
    String base = env.apply("CLOUDFLARE_BASE_URL");
    if (base != null && !base.isBlank()) b.baseUrl(base);
    return b.build();
  }

  Tokens tokens();

  Zones zones();

  DnsRecords dnsRecords(String zoneId);

  ZoneSettings settings(String zoneId);

  CachePurge cache(String zoneId);

  /** R2 buckets of an account (default jurisdiction; {@code .in(R2Jurisdiction.EU)} for EU buckets). */
  R2Buckets r2Buckets(String accountId);

  /** The budget as this client counts it (or as the API reported it), or {@code null} before the first call. */
  RateLimit rateLimit();

  /** Configures a {@link CloudflareClient}. Not thread-safe. */
  final class Builder extends ClientBuilder<Builder> {
    private Credentials credentials;
    private boolean accountToken;
    private String accountId;
    private int budget = 1200;

    Builder() {}

    /** An API token ({@code Authorization: Bearer}); user ({@code cfut_}) and account ({@code cfat_}) tokens. */
    public Builder token(String token) {
      if (credentials != null) throw new IllegalStateException("credentials are already set: use a token or a key");
      this.credentials = Credentials.bearer(token);
      this.accountToken = token.startsWith("cfat_");
      return this;
    }

    /** The legacy global API key with its account email ({@code X-Auth-Email}, {@code X-Auth-Key}). */
    public Builder legacyKey(String email, String key) {
      if (credentials != null) throw new IllegalStateException("credentials are already set: use a token or a key");
      if (looksLikeToken(key)) {
        throw new IllegalArgumentException("legacyKey: this is an API token (cfut_/cfat_ prefix or 40 characters),"
            + " not a global API key: use token(...), tokens go in Authorization, never in X-Auth-Key");
      }
      this.credentials = Credentials.headers("X-Auth-Email", email, "X-Auth-Key", key);
      return this;
    }

    /** API tokens: {@code cfut_} / {@code cfat_} prefixed, or the older 40 characters; global keys are 37 hex. */
    static boolean looksLikeToken(String key) {
      String k = key.trim();
      return k.startsWith("cfut_") || k.startsWith("cfat_") || (k.length() == 40 && k.matches("[A-Za-z0-9_-]+"));
    }

    /** The account: scopes zone lookups and routes verification of account tokens. */
    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    /**
     * Requests per 5 minutes this client may send (default 1,200, the whole user budget); lower it when other
     * clients, tools or the dashboard share the token's user.
     */
    public Builder budget(int requestsPerFiveMinutes) {
      new CloudflareBudget(requestsPerFiveMinutes); // validates
      this.budget = requestsPerFiveMinutes;
      return this;
    }

    public CloudflareClient build() {
      if (credentials == null) throw new IllegalStateException("token(...) or legacyKey(...) is required");
      return new CloudflareClientImpl(transport(CloudflareClientImpl.profile(budget), credentials), accountToken,
          accountId);
    }
  }
}
