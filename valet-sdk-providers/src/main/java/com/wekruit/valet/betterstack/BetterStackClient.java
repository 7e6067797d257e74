package com.wekruit.valet.betterstack;

import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.spi.BearerToken;
import com.wekruit.valet.spi.Credentials;
import java.util.Objects;
import java.util.function.Function;

/**
 * Better Stack Uptime API client: monitors, heartbeats, incidents, status pages, on-call.
 *
 * <pre>{@code
 * BetterStackClient uptime = BetterStackClient.fromEnv();          // BETTERUPTIME_API_TOKEN
 * Monitor api = uptime.monitors().create(MonitorRequest.builder()
 *     .url("https://api.example.com/api/v1/health").monitorType(MonitorType.STATUS).checkFrequency(60).build());
 * uptime.monitors().update(api.id(), MonitorRequest.builder().clearPolicyId().build());  // null clears
 * for (Incident i : uptime.incidents().list(IncidentQuery.open())) { ... }
 * }</pre>
 *
 * <p>Thread-safe; create one per token and share it.
 */
public interface BetterStackClient {
  String DEFAULT_BASE_URL = "https://uptime.betterstack.com";

  static Builder builder() {
    return new Builder();
  }

  /** A client from {@code BETTERUPTIME_API_TOKEN} (the name the official Terraform provider reads). */
  static BetterStackClient fromEnv() {
    return fromEnv(System::getenv);
  }

  /** A client from the given variables, e.g. {@code Map.of("BETTERUPTIME_API_TOKEN", ...)::get}. */
  static BetterStackClient fromEnv(Function<String, String> env) {
    String token = env.apply("BETTERUPTIME_API_TOKEN");
    if (token == null || token.isBlank()) throw new IllegalStateException("BETTERUPTIME_API_TOKEN is not set");
    return builder().token(token).build();
  }

  Monitors monitors();

  Heartbeats heartbeats();

  Incidents incidents();

  StatusPages statusPages();

  /** Who is on call now. */
  OnCalls onCall();

  /** Configures a {@link BetterStackClient}. Not thread-safe. */
  final class Builder extends ClientBuilder<Builder> {
    private BearerToken token;

    Builder() {}

    /** A team API token, or a global token (then pass {@code teamName} on creates). */
    public Builder token(String token) {
      this.token = BearerToken.of(token);
      return this;
    }

    /** Builds the client; heartbeat pings go to the same host, without the token. */
    public BetterStackClient build() {
      Objects.requireNonNull(token, "token is required");
      return new BetterStackClientImpl(transport(BetterStackClientImpl.PROFILE, token),
          transport(BetterStackClientImpl.PING_PROFILE, Credentials.NONE));
    }
  }
}
