package com.wekruit.valet.r2;

import com.wekruit.valet.store.ObjectStore;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * Cloudflare R2 as an {@link ObjectStore}, on the AWS SDK v2 S3 client configured the way R2 needs: endpoint from
 * the account id (and jurisdiction), region {@code auto}, path-style addressing, checksums only when an operation
 * requires one, no chunked (streaming-signature) bodies, and the JDK's URLConnection HTTP client (no Netty, no Apache).
 * The AWS SDK ({@code software.amazon.awssdk:s3} and {@code url-connection-client}) is an optional dependency:
 * {@link Builder#build()} says so when it is missing.
 *
 * <pre>{@code
 * try (R2ObjectStore backups = R2ObjectStore.fromEnv()) {   // R2_ACCOUNT_ID, R2_ACCESS_KEY_ID, R2_SECRET_ACCESS_KEY, R2_BUCKET
 *   UploadResult r = backups.upload("pg/2026-11-26.dump", dumpStream, UploadOptions.defaults());
 * }
 * }</pre>
 *
 * <p>Thread-safe; one per bucket. {@link #close()} releases its part-upload threads and connections.
 */
public interface R2ObjectStore extends ObjectStore, AutoCloseable {

  static Builder builder() {
    return new Builder();
  }

  /**
   * A store from {@code R2_ACCOUNT_ID}, {@code R2_ACCESS_KEY_ID}, {@code R2_SECRET_ACCESS_KEY}, {@code R2_BUCKET}
   * and optionally {@code R2_JURISDICTION} ({@code eu}, {@code fedramp}) and {@code R2_ENDPOINT}.
   */
  static R2ObjectStore fromEnv() {
    return fromEnv(System::getenv);
  }

  static R2ObjectStore fromEnv(Function<String, String> env) {
    Builder b = builder().accountId(need(env, "R2_ACCOUNT_ID")).credentials(need(env, "R2_ACCESS_KEY_ID"),
        need(env, "R2_SECRET_ACCESS_KEY")).bucket(need(env, "R2_BUCKET"));
    String j = env.apply("R2_JURISDICTION");
    if (j != null && !j.isBlank()) b.jurisdiction(R2Jurisdiction.valueOf(j.trim().toUpperCase(java.util.Locale.ROOT)));
    String endpoint = env.apply("R2_ENDPOINT");
    if (endpoint != null && !endpoint.isBlank()) b.endpoint(endpoint);
    return b.build();
  }

  private static String need(Function<String, String> env, String name) {
    String v = env.apply(name);
    if (v == null || v.isBlank()) throw new IllegalStateException(name + " is not set");
    return v;
  }

  String bucket();

  @Override
  void close();

  /** Configures an {@link R2ObjectStore}. Not thread-safe. */
  final class Builder {
    String accountId;
    String accessKeyId;
    String secretAccessKey;
    String bucket;
    R2Jurisdiction jurisdiction = R2Jurisdiction.DEFAULT;
    String endpoint;
    Duration connectTimeout = Duration.ofSeconds(10);
    Duration socketTimeout = Duration.ofSeconds(60);

    Builder() {}

    public Builder accountId(String accountId) {
      this.accountId = Objects.requireNonNull(accountId, "accountId");
      return this;
    }

    /** An R2 API token's S3 credentials (Access Key ID and Secret Access Key). */
    public Builder credentials(String accessKeyId, String secretAccessKey) {
      this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
      this.secretAccessKey = Objects.requireNonNull(secretAccessKey, "secretAccessKey");
      return this;
    }

    public Builder bucket(String bucket) {
      this.bucket = Objects.requireNonNull(bucket, "bucket");
      return this;
    }

    public Builder jurisdiction(R2Jurisdiction jurisdiction) {
      this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
      return this;
    }

    /** Overrides the endpoint (tests, an S3-compatible stand-in); plain HTTP only to loopback. */
    public Builder endpoint(String endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    public Builder timeouts(Duration connect, Duration socket) {
      this.connectTimeout = Objects.requireNonNull(connect, "connect");
      this.socketTimeout = Objects.requireNonNull(socket, "socket");
      return this;
    }

    /** @throws IllegalStateException when the AWS SDK is not on the classpath, naming the artifacts */
    public R2ObjectStore build() {
      if (endpoint == null) Objects.requireNonNull(accountId, "accountId (or endpoint) is required");
      Objects.requireNonNull(accessKeyId, "credentials are required");
      Objects.requireNonNull(bucket, "bucket is required");
      String url = endpoint != null ? endpoint : jurisdiction.endpoint(accountId);
      java.net.URI uri = java.net.URI.create(url);
      if ("http".equals(uri.getScheme()) && !com.wekruit.valet.internal.Loopback.isLoopback(uri.getHost())) {
        throw new IllegalArgumentException("endpoint: refusing to send credentials over plain HTTP to "
            + uri.getHost());
      }
      R2Dependencies.require();
      return new R2S3Store(this, uri);
    }
  }
}
