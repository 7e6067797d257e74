package com.wekruit.valet.upstash;

import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.spi.Credentials;
import java.util.Objects;
import java.util.function.Function;

/**
 * Upstash management (Developer) API client: Redis databases and their stats. For Redis commands use
 * {@link UpstashRedis}, which talks to one database's REST endpoint with its own token.
 *
 * <pre>{@code
 * UpstashClient upstash = UpstashClient.fromEnv();            // UPSTASH_EMAIL, UPSTASH_API_KEY
 * RedisDatabase db = upstash.databases().create(CreateDatabaseRequest.builder("cache", "eu-central-1").build());
 * DatabaseStats stats = upstash.databases().stats(db.databaseId());
 * }</pre>
 *
 * <p>Thread-safe; create one per account and share it.
 */
public interface UpstashClient {
  String DEFAULT_BASE_URL = "https://api.upstash.com/v2";

  static Builder builder() {
    return new Builder();
  }

  /** A client from {@code UPSTASH_EMAIL} and {@code UPSTASH_API_KEY} (both required). */
  static UpstashClient fromEnv() {
    return fromEnv(System::getenv);
  }

  static UpstashClient fromEnv(Function<String, String> env) {
    String email = env.apply("UPSTASH_EMAIL");
    String key = env.apply("UPSTASH_API_KEY");
    if (email == null || email.isBlank() || key == null || key.isBlank()) {
      throw new IllegalStateException("UPSTASH_EMAIL and UPSTASH_API_KEY must both be set");
    }
    return builder().credentials(email, key).build();
  }

  Databases databases();

  /** Configures an {@link UpstashClient}. Not thread-safe. */
  final class Builder extends ClientBuilder<Builder> {
    private Credentials credentials;

    Builder() {}

    /** The account email and a management API key (HTTP Basic). */
    public Builder credentials(String email, String apiKey) {
      this.credentials = Credentials.basic(email, apiKey);
      return this;
    }

    public UpstashClient build() {
      Objects.requireNonNull(credentials, "credentials are required");
      return new UpstashClientImpl(transport(UpstashClientImpl.PROFILE, credentials));
    }
  }
}
