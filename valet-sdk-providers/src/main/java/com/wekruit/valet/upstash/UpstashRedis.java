package com.wekruit.valet.upstash;

import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.spi.BearerToken;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * Upstash Redis over its REST API: single commands, pipelines, transactions (MULTI/EXEC).
 *
 * <pre>{@code
 * UpstashRedis redis = UpstashRedis.fromEnv();        // UPSTASH_REDIS_REST_URL, UPSTASH_REDIS_REST_TOKEN
 * redis.execute("SET", "greeting", "hello", "EX", 60);
 * long visits = redis.execute("INCR", "visits").asLong();   // never sent twice
 * }</pre>
 *
 * <p>Only read-only commands ({@link RedisCommand#readOnly()}) are repeated after a lost answer; a write fails with
 * {@code mayHaveTakenEffect()} instead. A failing single command throws a typed error whose provider code is the
 * Redis error's first word ({@code ERR}, {@code WRONGTYPE}); in pipelines and transactions each command's error is
 * its reply. Responses are base64 by default (binary-safe strings), and each request carries the newest sync token
 * so reads see this client's writes. The token travels only in the {@code Authorization} header.
 *
 * <p>Thread-safe; create one per database and share it.
 */
public interface UpstashRedis {
  static Builder builder() {
    return new Builder();
  }

  /** A client from {@code UPSTASH_REDIS_REST_URL} and {@code UPSTASH_REDIS_REST_TOKEN}. */
  static UpstashRedis fromEnv() {
    return fromEnv(System::getenv);
  }

  static UpstashRedis fromEnv(Function<String, String> env) {
    String url = env.apply("UPSTASH_REDIS_REST_URL");
    String token = env.apply("UPSTASH_REDIS_REST_TOKEN");
    if (url == null || url.isBlank() || token == null || token.isBlank()) {
      throw new IllegalStateException("UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN must both be set");
    }
    return builder().baseUrl(url).token(token).build();
  }

  /** Runs one command, e.g. {@code execute("HSET", "user:1", "name", "Ada")}. */
  RedisReply execute(Object... command);

  RedisReply execute(RedisCommand command);

  CompletableFuture<RedisReply> executeAsync(RedisCommand command);

  /** Sends several commands in one request; not atomic. Each reply (or that command's error) in order. */
  List<RedisReply> pipeline(List<RedisCommand> commands);

  /** MULTI/EXEC: all or nothing; a command that fails at run time still gives its error as its reply. */
  List<RedisReply> transaction(List<RedisCommand> commands);

  /** Configures an {@link UpstashRedis}; {@link #baseUrl} is the database's REST URL. Not thread-safe. */
  final class Builder extends ClientBuilder<Builder> {
    private static final OkHttpClient DEFAULT_CLIENT = new OkHttpClient();
    private BearerToken token;
    private boolean urlSet;
    private OkHttpClient okHttp = DEFAULT_CLIENT;
    private boolean base64 = true;
    private boolean readYourWrites = true;

    Builder() {}

    /** The database's REST URL, e.g. {@code https://eu2-sought-mollusk-30143.upstash.io}. */
    @Override
    public Builder baseUrl(String baseUrl) {
      urlSet = true;
      return super.baseUrl(baseUrl);
    }

    /** The REST token (the standard or the read-only one). */
    public Builder token(String token) {
      this.token = BearerToken.of(token);
      return this;
    }

    @Override
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttp = Objects.requireNonNull(client, "okHttpClient");
      return this;
    }

    /** Ask for base64 strings (default on): binary values arrive exactly instead of as U+FFFD. */
    public Builder base64Responses(boolean on) {
      this.base64 = on;
      return this;
    }

    /** Echo the sync token so replica reads see this client's writes (default on). */
    public Builder readYourWrites(boolean on) {
      this.readYourWrites = on;
      return this;
    }

    public UpstashRedis build() {
      Objects.requireNonNull(token, "token is required");
      if (!urlSet) throw new IllegalStateException("baseUrl (the database's REST URL) is required");
      SyncToken sync = readYourWrites ? new SyncToken() : null;
      super.okHttpClient(sync == null ? okHttp : okHttp.newBuilder().addInterceptor(sync).build());
      return new UpstashRedisImpl(transport(UpstashRedisImpl.PROFILE, token), base64);
    }
  }
}
