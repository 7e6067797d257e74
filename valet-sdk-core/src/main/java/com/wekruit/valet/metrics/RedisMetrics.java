package com.wekruit.valet.metrics;

import com.wekruit.valet.internal.RedisSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Self-hosted Redis over RESP: {@code redis.memory.used} ({@code used_memory}), {@code redis.memory.limit}
 * ({@code maxmemory}, or {@code total_system_memory} when maxmemory is 0 = unlimited), {@code redis.evicted_keys}
 * (a counter: use {@code Rule.countInWindow}), and the length of each list in {@link #queue} as
 * {@code redis.queue.<key>.depth} (queue depth for worker scaling). One connection per read.
 * Not thread-safe: one collecting thread. {@code toString()} never shows the password.
 */
public final class RedisMetrics implements MetricSource {
  private final String host;
  private final int port;
  private final String password;
  private final Duration timeout;
  private final Samples samples;
  private final Metric used;
  private final Metric limit;
  private final Metric evicted;
  private final List<String> queues = new ArrayList<>();
  private final List<Metric> depths = new ArrayList<>();

  public RedisMetrics(String host, int port, String password, Duration timeout, Samples samples) {
    this.host = Objects.requireNonNull(host, "host");
    this.port = port;
    this.password = password;
    this.timeout = com.wekruit.valet.internal.Durations.requirePositive("timeout", timeout);
    this.samples = samples;
    this.used = samples.metric("redis.memory.used");
    this.limit = samples.metric("redis.memory.limit");
    this.evicted = samples.metric("redis.evicted_keys");
  }

  /** Also reads {@code LLEN key} each time; returns its metric. */
  public Metric queue(String key) {
    Metric m = samples.metric("redis.queue." + key + ".depth");
    queues.add(key);
    depths.add(m);
    return m;
  }

  public Metric memoryUsed() { return used; }

  public Metric memoryLimit() { return limit; }

  public Metric evictedKeys() { return evicted; }

  @Override
  public void collect(Samples s, long now) throws Exception {
    try (RedisSession r = RedisSession.open(host, port, null, password, timeout)) {
      Map<String, String> mem = r.info("memory");
      long max = RedisSession.number(mem, "maxmemory");
      s.record(used, RedisSession.number(mem, "used_memory"), now);
      if (max > 0) s.record(limit, max, now);
      else s.record(limit, RedisSession.number(mem, "total_system_memory"), now);
      s.record(evicted, RedisSession.number(r.info("stats"), "evicted_keys"), now);
      for (int i = 0; i < queues.size(); i++) s.record(depths.get(i), r.llen(queues.get(i)), now);
    }
  }

  @Override
  public List<Metric> metrics() {
    List<Metric> all = new ArrayList<>(List.of(used, limit, evicted));
    all.addAll(depths);
    return all;
  }

  @Override
  public String toString() {
    return "RedisMetrics[" + host + ":" + port + "]";
  }
}
