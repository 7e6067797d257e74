package com.wekruit.valet.upstash;

/**
 * {@link UpstashErrors} for the Redis REST API, plus: a top-level {@code {"error": ...}} on HTTP 200 (a discarded
 * transaction, or a proxy) is a failure too, with the Redis error's first word as its code.
 */
final class RedisErrors extends UpstashErrors {
  @Override
  public ProviderError inspectSuccess(int status, Object decoded) {
    if (decoded instanceof RedisReply r && r.isError()) return ProviderError.of(redisCode(r.error()), r.error());
    return null;
  }
}
