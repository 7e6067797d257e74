package com.wekruit.valet.alert.sinks;

import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.internal.Loopback;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.Credentials;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.ProviderProfile;
import com.wekruit.valet.spi.RateLimitReader;
import com.wekruit.valet.spi.RequestContent;
import com.wekruit.valet.spi.ResponseCodec;
import com.wekruit.valet.spi.ResponseInterpreter;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * POSTs JSON to one webhook URL on the core transport. The URL's path and query are treated as a secret (Slack and
 * most chat webhooks carry their token there) and never appear in messages; so the URL must be https unless it
 * points at loopback. The transport repeats nothing: the sink delivery owns retries. Thread-safe.
 */
final class WebhookClient {
  private static final Type BODY = com.squareup.moshi.Types.newParameterizedType(Map.class, String.class, Object.class);
  private static final ProviderProfile PROFILE = new ProviderProfile("webhook", "http://127.0.0.1/",
      new Interpreter(), RateLimitReader.NONE, Duration.ofSeconds(30));
  private final HttpTransport transport;
  private final String path;
  private final java.util.List<String> secrets;

  WebhookClient(String url, Credentials credentials, Duration timeout) {
    HttpUrl u = HttpUrl.parse(java.util.Objects.requireNonNull(url, "url"));
    if (u == null) throw new IllegalArgumentException("webhook URL is not an http(s) URL");
    if (!u.username().isEmpty() || !u.password().isEmpty()) {
      throw new IllegalArgumentException("webhook URL must not carry user:password (use a secret header)");
    }
    if (!u.isHttps() && !Loopback.isLoopback(u.host())) {
      // the path and query are the secret of most webhooks (Slack's URL is its credential): never in cleartext
      throw new IllegalArgumentException("webhook URL must be https (its path is a secret); plain http only to "
          + "localhost or a loopback address, not " + u.host());
    }
    this.path = u.encodedPath() + (u.encodedQuery() == null ? "" : "?" + u.encodedQuery());
    this.secrets = new java.util.ArrayList<>();
    if (path.length() > 1) secrets.add(path.substring(1));
    for (String segment : u.pathSegments()) if (segment.length() >= 8) secrets.add(segment);
    for (String name : u.queryParameterNames()) {
      for (String v : u.queryParameterValues(name)) if (v != null && v.length() >= 8) secrets.add(v);
    }
    String origin = u.newBuilder().encodedPath("/").query(null).fragment(null).build().toString();
    this.transport = new Builder(timeout).baseUrl(origin).build(credentials);
  }

  void post(Map<String, Object> body) {
    ApiCall.Builder<Void> call = ApiCall.builder("POST", path,
        ResponseCodec.<Void>none()).content(RequestContent.json(body, BODY));
    for (String secret : secrets) call.secret(secret);
    transport.execute(call.build());
  }

  private static final class Builder extends ClientBuilder<Builder> {
    Builder(Duration timeout) {
      retryPolicy(RetryPolicy.none());
      breakerPolicy(com.wekruit.valet.http.BreakerPolicy.disabled());
      callTimeout(timeout);
      readTimeout(timeout);
      connectTimeout(timeout);
    }

    HttpTransport build(Credentials credentials) {
      return transport(PROFILE, credentials);
    }
  }

  private static final class Interpreter implements ResponseInterpreter {
    @Override
    public ProviderError parseError(int status, String contentType, String body) {
      return ProviderError.of("http_" + status, null);
    }

    @Override
    public RetrySafety classify(int status, String code) {
      return status == 429 ? RetrySafety.REJECTED : status >= 500 ? RetrySafety.TRANSIENT : RetrySafety.FINAL;
    }
  }
}
