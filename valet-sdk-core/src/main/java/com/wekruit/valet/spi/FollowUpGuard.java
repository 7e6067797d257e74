package com.wekruit.valet.spi;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from sending a request a second time on its own: it hides {@code Retry-After} on a 503 (OkHttp
 * re-sends any request, a POST included, on {@code 503 Retry-After: 0}) and refuses every other follow-up of the same
 * attempt (408, 421, redirects, auth challenges). The SDK's retry policy owns every repeat.
 */
final class FollowUpGuard implements Interceptor {
  /** Where the guard moves a 503's {@code Retry-After}. */
  static final String HIDDEN_RETRY_AFTER = "Valet-Retry-After";

  /** One per attempt: counts the requests OkHttp sends for it. */
  static final class Sends extends AtomicInteger {
    private static final long serialVersionUID = 1L;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Sends sends = chain.request().tag(Sends.class);
    if (sends != null && sends.incrementAndGet() > 1) {
      throw new FollowUpRefused();
    }
    Response response = chain.proceed(chain.request());
    String retryAfter = response.header("Retry-After");
    if (response.code() == 503 && retryAfter != null) {
      return response.newBuilder().removeHeader("Retry-After").header(HIDDEN_RETRY_AFTER, retryAfter).build();
    }
    return response;
  }

  /** OkHttp tried to send a follow-up request; the first one was delivered and its answer dropped by OkHttp. */
  static final class FollowUpRefused extends IOException {
    private static final long serialVersionUID = 1L;

    FollowUpRefused() {
      super("the HTTP client tried to send a follow-up request (redirect, auth challenge or retry); refused");
    }
  }
}
