package com.wekruit.valet.hetzner;

import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.http.RateLimit;
import com.wekruit.valet.spi.BearerToken;
import com.wekruit.valet.spi.OperationWaiter;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Hetzner Cloud API client.
 *
 * <pre>{@code
 * HetznerClient hetzner = HetznerClient.fromEnv();            // HCLOUD_TOKEN
 * CreatedServer created = hetzner.servers().create(
 *     CreateServerRequest.builder("api-1", "cpx22", "ubuntu-24.04").location("fsn1").build());
 * Server server = created.awaitReady(hetzner.servers(), Duration.ofMinutes(5));
 * }</pre>
 *
 * <p>Thread-safe; create one per token and share it.
 */
public interface HetznerClient {
  String DEFAULT_BASE_URL = "https://api.hetzner.cloud/v1";

  static Builder builder() {
    return new Builder();
  }

  /** A client from {@code HCLOUD_TOKEN} (and {@code HCLOUD_ENDPOINT} if set). */
  static HetznerClient fromEnv() {
    return fromEnv(System::getenv);
  }

  /** A client from the given variables, e.g. {@code Map.of("HCLOUD_TOKEN", ...)::get}. */
  static HetznerClient fromEnv(Function<String, String> env) {
    String token = env.apply("HCLOUD_TOKEN");
    if (token == null || token.isBlank()) throw new IllegalStateException("HCLOUD_TOKEN is not set");
    Builder b = builder().token(token);
    String endpoint = env.apply("HCLOUD_ENDPOINT");
    if (endpoint != null && !endpoint.isBlank()) b.baseUrl(endpoint);
    return b.build();
  }

  Servers servers();

  Images images();

  Actions actions();

  /** Server types, locations, pricing. */
  Catalog catalog();

  /** The rate-limit budget from the latest response, or {@code null} before the first call. */
  RateLimit rateLimit();

  /** Configures a {@link HetznerClient}. */
  final class Builder extends ClientBuilder<Builder> {
    private BearerToken token;
    private Duration pollInterval = Duration.ofMillis(500);
    private Duration maxPollInterval = Duration.ofSeconds(10);

    Builder() {}

    /** API token of one project. */
    public Builder token(String token) {
      this.token = BearerToken.of(token);
      return this;
    }

    /** First delay between action polls (default 500 ms); grows 1.5x up to {@code max} (default 10 s). */
    public Builder pollInterval(Duration first, Duration max) {
      OperationWaiter.requireIntervals(first, max);
      this.pollInterval = first;
      this.maxPollInterval = max;
      return this;
    }

    public HetznerClient build() {
      Objects.requireNonNull(token, "token is required");
      var http = transport(HetznerClientImpl.PROFILE, token);
      OperationWaiter waiter = OperationWaiter.paced(http, pollInterval, maxPollInterval);
      return new HetznerClientImpl(http, waiter);
    }
  }
}
