package com.wekruit.valet.upstash;

import com.squareup.moshi.Types;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.ProviderProfile;
import com.wekruit.valet.spi.RateLimitReader;
import com.wekruit.valet.spi.RequestContent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

final class UpstashRedisImpl implements UpstashRedis {
  /** No default URL: every database has its own; the builder insists on one. */
  static final ProviderProfile PROFILE = new ProviderProfile("upstash-redis", "https://localhost", new RedisErrors(),
      RateLimitReader.NONE, Duration.ofSeconds(1));
  private static final Type ARGS = Types.newParameterizedType(List.class, String.class);
  private static final Type COMMANDS = Types.newParameterizedType(List.class, ARGS);
  private final HttpTransport http;
  private final boolean base64;
  private final RedisReplyCodec single;
  private final RedisReplyCodec batch;

  UpstashRedisImpl(HttpTransport http, boolean base64) {
    this.http = http;
    this.base64 = base64;
    this.single = new RedisReplyCodec(false, base64);
    this.batch = new RedisReplyCodec(true, base64);
  }

  @Override
  public RedisReply execute(Object... command) {
    return execute(RedisCommand.of(command));
  }

  @Override
  public RedisReply execute(RedisCommand command) {
    return http.execute(call("/", command.args(), command.readOnly(), single));
  }

  @Override
  public CompletableFuture<RedisReply> executeAsync(RedisCommand command) {
    return http.executeAsync(call("/", command.args(), command.readOnly(), single));
  }

  @Override
  public List<RedisReply> pipeline(List<RedisCommand> commands) {
    return batch("/pipeline", commands);
  }

  @Override
  public List<RedisReply> transaction(List<RedisCommand> commands) {
    return batch("/multi-exec", commands);
  }

  private List<RedisReply> batch(String path, List<RedisCommand> commands) {
    if (commands.isEmpty()) throw new IllegalArgumentException("no commands");
    List<List<String>> body = commands.stream().map(RedisCommand::args).toList();
    boolean readOnly = commands.stream().allMatch(RedisCommand::readOnly);
    RedisReply r = http.execute(call(path, body, readOnly, batch));
    int got = r.kind() == RedisReply.Kind.ARRAY ? r.asList().size() : -1;
    if (got != commands.size()) {
      throw new ValetClientException(ValetClientException.Kind.PROTOCOL, "upstash-redis POST " + path + ": "
          + (got < 0 ? "not an array of replies" : got + " replies") + " for " + commands.size() + " commands"
          + (readOnly ? "" : "; the commands may have run, so they were not sent again"), null, 1, false, !readOnly);
    }
    return r.asList();
  }

  private ApiCall<RedisReply> call(String path, Object body, boolean readOnly, RedisReplyCodec codec) {
    ApiCall.Builder<RedisReply> b = ApiCall.builder("POST", path, codec)
        .content(RequestContent.json(body, body instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof List
            ? COMMANDS : ARGS)).idempotent(readOnly);
    if (base64) b.header("Upstash-Encoding", "base64");
    return b.build();
  }

  @Override
  public String toString() {
    return "UpstashRedis[" + http + "]";
  }
}
