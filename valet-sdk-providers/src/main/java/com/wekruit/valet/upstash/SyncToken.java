package com.wekruit.valet.upstash;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Read-your-writes: keeps the newest {@code upstash-sync-token} a response carried and sends it with the next
 * request, so a read served by a replica sees this client's earlier writes. One per client; thread-safe.
 */
final class SyncToken implements Interceptor {
  static final String HEADER = "upstash-sync-token";
  private final AtomicReference<String> latest = new AtomicReference<>();

  @Override
  public Response intercept(Chain chain) throws IOException {
    String token = latest.get();
    Request request = token == null ? chain.request() : chain.request().newBuilder().header(HEADER, token).build();
    Response response = chain.proceed(request);
    String fresh = response.header(HEADER);
    if (sendable(fresh)) latest.set(fresh);
    return response;
  }

  /**
   * Whether a token can go back in a header: visible ASCII and at most {@value #MAX_CHARS} characters. Anything else
   * (a proxy's mangled bytes, a huge value) is ignored and the last good token kept, so one odd answer cannot make
   * every later request of the client fail.
   */
  static boolean sendable(String token) {
    return token != null && !token.isEmpty() && token.length() <= MAX_CHARS
        && token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  static final int MAX_CHARS = 1024;

  String latest() {
    return latest.get();
  }
}
