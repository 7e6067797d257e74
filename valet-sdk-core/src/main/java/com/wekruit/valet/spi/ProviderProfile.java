package com.wekruit.valet.spi;

import static com.wekruit.valet.internal.Durations.requirePositive;

import java.time.Duration;
import java.util.Objects;

/**
 * What the transport needs to know about one provider: its name (in messages and logs), default base URL, response
 * interpreter, rate-limit headers, and how long a 429 that names no wait blocks the client.
 *
 * @param name short lower-case name, e.g. {@code hetzner}
 * @param defaultBaseUrl the production API root
 * @param interpreter the provider's response conventions
 * @param rateLimits the provider's rate-limit headers
 * @param rateLimitedWait how long a 429 without {@code Retry-After} or reset headers keeps the gate closed
 */
public record ProviderProfile(String name, String defaultBaseUrl, ResponseInterpreter interpreter,
    RateLimitReader rateLimits, Duration rateLimitedWait) {

  public ProviderProfile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl");
    Objects.requireNonNull(interpreter, "interpreter");
    Objects.requireNonNull(rateLimits, "rateLimits");
    requirePositive("rateLimitedWait", rateLimitedWait);
  }
}
