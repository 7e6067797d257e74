package com.wekruit.valet.http;

import java.util.List;
import java.util.Objects;
import okhttp3.Request;

/** {@code Authorization: Bearer <token>}. {@link #toString()} never shows the token. */
public final class BearerToken implements Credentials {
  private final String token;
  private final String header;

  private BearerToken(String token) {
    if (Objects.requireNonNull(token, "token").isBlank()) throw new IllegalArgumentException("token is blank");
    if (token.chars().anyMatch(c -> c <= ' ' || c >= 127)) {
      throw new IllegalArgumentException("token contains whitespace or non-ASCII characters");
    }
    this.token = token;
    this.header = "Bearer " + token;
  }

  public static BearerToken of(String token) {
    return new BearerToken(token);
  }

  @Override
  public void apply(Request.Builder request) {
    request.header("Authorization", header);
  }

  @Override
  public List<String> secrets() {
    return List.of(token);
  }

  @Override
  public String toString() {
    return "BearerToken[****]";
  }
}
