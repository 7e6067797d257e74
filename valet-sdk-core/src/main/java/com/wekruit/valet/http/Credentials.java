package com.wekruit.valet.http;

import java.util.List;
import okhttp3.Request;

/**
 * How a provider authenticates a request: the transport's request interceptor, applied as each request is built
 * (Feign-style, so nothing is copied). Implementations must not reveal secrets in {@code toString()}; the transport
 * uses {@link #secrets()} to scrub them from every message it writes.
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
}
