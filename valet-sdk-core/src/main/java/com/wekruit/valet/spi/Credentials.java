package com.wekruit.valet.spi;

import java.util.List;
import okhttp3.Request;

/**
 * How a provider authenticates: applied by the transport to the final request of every attempt. Implementations must
 * not reveal secrets in {@code toString()}; the transport scrubs {@link #secrets()} from every message it writes.
 */
public interface Credentials {
  /** Adds the authentication headers to an outgoing request. */
  void apply(Request.Builder request);

  /** Every secret string these credentials hold, for redaction. */
  List<String> secrets();

  /** No credentials (public endpoints, tests). */
  Credentials NONE = new Credentials() {
    @Override
    public void apply(Request.Builder request) {}

    @Override
    public List<String> secrets() {
      return List.of();
    }

    @Override
    public String toString() {
      return "Credentials[none]";
    }
  };

  /** {@code Authorization: Bearer <token>}. */
  static Credentials bearer(String token) {
    return BearerToken.of(token);
  }

  /** {@code Authorization: Basic base64(user:password)} (Upstash management API). */
  static Credentials basic(String user, String password) {
    return new HeaderCredentials(List.of("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
        (HeaderCredentials.checked("user", user) + ":" + HeaderCredentials.checked("password", password))
            .getBytes(java.nio.charset.StandardCharsets.UTF_8))), List.of(user, password, user + ":" + password), "basic");
  }

  /** Header pairs, e.g. Cloudflare's legacy {@code X-Auth-Email} / {@code X-Auth-Key}; every value is secret. */
  static Credentials headers(String... namesAndValues) {
    if (namesAndValues.length == 0 || namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("need header name/value pairs");
    }
    List<String> secrets = new java.util.ArrayList<>();
    for (int i = 1; i < namesAndValues.length; i += 2) secrets.add(HeaderCredentials.checked(namesAndValues[i - 1],
        namesAndValues[i]));
    return new HeaderCredentials(List.of(namesAndValues), secrets, "headers");
  }
}
