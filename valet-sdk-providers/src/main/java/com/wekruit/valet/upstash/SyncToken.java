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
    if (fresh != null && !fresh.isBlank()) latest.set(fresh);
    return response;
  }

  String latest() {
    return latest.get();
  }
}
