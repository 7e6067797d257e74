package com.wekruit.valet.spi;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import okhttp3.HttpUrl;

/**
 * One logical API call: method, a path under the client's base URL (or an absolute same-origin URL from a paginating
 * link), query, headers, body and how to decode the response. Immutable; start with {@link #get}, {@link #post} and
 * friends or {@link #builder}.
 *
 * @param <T> the decoded response type
 */
public final class ApiCall<T> {
  private final String method;
  private final String path;
  private final HttpUrl absoluteUrl;
  private final List<String> query;
  private final List<String> headers;
  private final RequestContent content;
  private final ResponseCodec<T> codec;
  private final boolean idempotent;
  private final T goneValue;
  private final boolean goneIsSuccess;
  private final List<String> secrets;
  private final Duration timeout;
  private final List<String> partialRejections;

  private ApiCall(Builder<T> b) {
    this.method = b.method;
    this.path = b.path;
    this.absoluteUrl = b.absoluteUrl;
    this.query = List.copyOf(b.query);
    this.headers = List.copyOf(b.headers);
    this.content = b.content;
    this.codec = b.codec;
    this.idempotent = b.idempotent != null ? b.idempotent : !method.equals("POST") && !method.equals("PATCH");
    this.goneValue = b.goneValue;
    this.goneIsSuccess = b.goneIsSuccess;
    this.secrets = List.copyOf(b.secrets);
    this.timeout = b.timeout;
    this.partialRejections = List.copyOf(b.partialRejections);
  }

  /** The common case without a builder (no per-call headers, query or options): nothing extra allocated. */
  private ApiCall(String method, String path, RequestContent content, ResponseCodec<T> codec) {
    if (!path.startsWith("/")) throw new IllegalArgumentException("path must start with /");
    this.method = method;
    this.path = path;
    this.absoluteUrl = null;
    this.query = List.of();
    this.headers = List.of();
    this.content = content;
    this.codec = codec;
    this.idempotent = !method.equals("POST") && !method.equals("PATCH");
    this.goneValue = null;
    this.goneIsSuccess = false;
    this.secrets = List.of();
    this.timeout = null;
    this.partialRejections = List.of();
  }

  /** A call of {@code method} on {@code path} (already encoded, see {@link Paths}) decoded with {@code codec}. */
  public static <T> Builder<T> builder(String method, String path, ResponseCodec<T> codec) {
    return new Builder<>(method, Objects.requireNonNull(path, "path"), null, codec);
  }

  /** A GET of an absolute URL, e.g. a {@code links.next}; the transport sends it only to the client's own origin. */
  public static <T> Builder<T> link(String url, ResponseCodec<T> codec) {
    HttpUrl u = HttpUrl.parse(Objects.requireNonNull(url, "url"));
    if (u == null) throw new IllegalArgumentException("not an http(s) URL");
    return new Builder<>("GET", null, u, codec);
  }

  public static <T> ApiCall<T> get(String path, Type responseType) {
    return new ApiCall<>("GET", path, null, codec(responseType));
  }

  public static <T> ApiCall<T> delete(String path, Type responseType) {
    return new ApiCall<>("DELETE", path, null, codec(responseType));
  }

  public static <T> ApiCall<T> post(String path, Object body, Type responseType) {
    return new ApiCall<>("POST", path, body == null ? null : RequestContent.json(body, body.getClass()), codec(responseType));
  }

  public static <T> ApiCall<T> put(String path, Object body, Type responseType) {
    return new ApiCall<>("PUT", path, body == null ? null : RequestContent.json(body, body.getClass()), codec(responseType));
  }

  public static <T> ApiCall<T> patch(String path, Object body, Type responseType) {
    return new ApiCall<>("PATCH", path, body == null ? null : RequestContent.json(body, body.getClass()), codec(responseType));
  }

  /** JSON for a type, nothing for {@code Void}. */
  private static <T> ResponseCodec<T> codec(Type responseType) {
    return responseType == Void.class ? ResponseCodec.none() : ResponseCodec.json(responseType);
  }

  /** This call with one more query parameter; {@code null} values are skipped. */
  public ApiCall<T> query(String name, Object value) {
    return value == null ? this : toBuilder().query(name, value).build();
  }

  /** This call with one query parameter per value. */
  public ApiCall<T> queryAll(String name, Iterable<?> values) {
    if (values == null) return this;
    Builder<T> b = toBuilder();
    for (Object v : values) b.query(name, v);
    return b.build();
  }

  public Builder<T> toBuilder() {
    Builder<T> b = new Builder<>(method, path, absoluteUrl, codec);
    b.query.addAll(query);
    b.headers.addAll(headers);
    b.content = content;
    b.idempotent = idempotent;
    b.goneValue = goneValue;
    b.goneIsSuccess = goneIsSuccess;
    b.secrets.addAll(secrets);
    b.timeout = timeout;
    b.partialRejections.addAll(partialRejections);
    return b;
  }

  public String method() {
    return method;
  }

  /** The encoded path, or {@code null} for an absolute link. */
  public String path() {
    return path;
  }

  HttpUrl absoluteUrl() {
    return absoluteUrl;
  }

  /** Alternating names and values. */
  public List<String> queryPairs() {
    return query;
  }

  /** Alternating header names and values. */
  public List<String> headers() {
    return headers;
  }

  public RequestContent content() {
    return content;
  }

  public ResponseCodec<T> codec() {
    return codec;
  }

  /** Whether repeating the request cannot change the outcome (GET/PUT/DELETE, or declared by the provider). */
  public boolean idempotent() {
    return idempotent;
  }

  /** Whether a 404 on a retried DELETE (the first attempt took effect unseen) counts as success. */
  boolean goneIsSuccess() {
    return goneIsSuccess;
  }

  T goneValue() {
    return goneValue;
  }

  /** Secrets that appear in this call's path or body (e.g. a heartbeat token) and must be redacted. */
  public List<String> secrets() {
    return secrets;
  }

  /** Time for the whole call, retries included, or {@code null} for the client's limits only. */
  public Duration timeout() {
    return timeout;
  }

  /** Provider codes whose rejection of this call may have been partial (see {@link Builder#partialRejection}). */
  List<String> partialRejections() {
    return partialRejections;
  }

  /** Path for messages: secrets of this call are redacted by the transport. */
  String displayPath() {
    return path != null ? path : absoluteUrl.encodedPath();
  }

  @Override
  public String toString() {
    return method + " " + new com.wekruit.valet.internal.Redactor(secrets).clean(displayPath(), 240);
  }

  /** Builds an {@link ApiCall}. Not thread-safe. */
  public static final class Builder<T> {
    private final String method;
    private final String path;
    private final HttpUrl absoluteUrl;
    private final ResponseCodec<T> codec;
    private final List<String> query = new ArrayList<>();
    private final List<String> headers = new ArrayList<>();
    private final List<String> secrets = new ArrayList<>();
    private final List<String> partialRejections = new ArrayList<>();
    private RequestContent content;
    private Boolean idempotent;
    private T goneValue;
    private boolean goneIsSuccess;
    private Duration timeout;

    private Builder(String method, String path, HttpUrl absoluteUrl, ResponseCodec<T> codec) {
      this.method = Objects.requireNonNull(method, "method");
      this.path = path;
      this.absoluteUrl = absoluteUrl;
      this.codec = Objects.requireNonNull(codec, "codec");
      if (path != null && !path.startsWith("/")) throw new IllegalArgumentException("path must start with /");
    }

    /** Adds a query parameter; {@code null} values are skipped, repeated names are sent repeatedly. */
    public Builder<T> query(String name, Object value) {
      if (value == null) return this;
      query.add(Objects.requireNonNull(name, "name"));
      query.add(String.valueOf(value));
      return this;
    }

    /** Adds a request header (after the client's defaults, before credentials). */
    public Builder<T> header(String name, String value) {
      headers.add(Objects.requireNonNull(name, "name"));
      headers.add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Sets {@code Accept} (default {@code application/json}). */
    public Builder<T> accept(String mediaType) {
      return header("Accept", mediaType);
    }

    /** A JSON body from a record or collection, encoded with the SDK's JSON rules. */
    public Builder<T> json(Object body) {
      this.content = body == null ? null : RequestContent.json(body, body.getClass());
      return this;
    }

    public Builder<T> content(RequestContent content) {
      this.content = content;
      return this;
    }

    /** Overrides whether the request may be repeated (e.g. a POST the provider documents as idempotent). */
    public Builder<T> idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /** Sends a fresh random key in {@code header}, the same on every attempt, which makes the call repeatable. */
    public Builder<T> idempotencyKey(String header) {
      header(header, UUID.randomUUID().toString());
      this.idempotent = true;
      return this;
    }

    /** For DELETE: a 404 after an attempt that may have taken effect returns {@code value} instead of failing. */
    public Builder<T> goneIsSuccess(T value) {
      this.goneIsSuccess = true;
      this.goneValue = value;
      return this;
    }

    /** Marks a secret in the path, query or body, so no message shows it. */
    public Builder<T> secret(String secret) {
      secrets.add(Objects.requireNonNull(secret, "secret"));
      return this;
    }

    /**
     * A rejection with this provider code may have been partial: the server handles the request item by item (a
     * batch) and refused only the rest. Such a failure is not repeated and says it may have taken effect.
     */
    public Builder<T> partialRejection(String code) {
      partialRejections.add(Objects.requireNonNull(code, "code"));
      return this;
    }

    /** Limits the whole call, retries and waits included. */
    public Builder<T> timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public ApiCall<T> build() {
      return new ApiCall<>(this);
    }
  }

}
