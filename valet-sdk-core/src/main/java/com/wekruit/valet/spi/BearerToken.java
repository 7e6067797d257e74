package com.wekruit.valet.spi;

import java.util.List;
import okhttp3.Request;

/** {@code Authorization: Bearer <token>}. {@link #toString()} never shows the token. */
public final class BearerToken implements Credentials {
  private final String token;
  private final String header;

  private BearerToken(String token) {
    this.token = HeaderCredentials.checked("token", token);
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
