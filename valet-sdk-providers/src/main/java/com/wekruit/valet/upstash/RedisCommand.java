package com.wekruit.valet.upstash;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One Redis command for the REST API, e.g. {@code RedisCommand.of("SET", "k", "v", "EX", 60)}. Whether it only reads
 * decides whether the client may send it again after an ambiguous failure: a second {@code INCR} or {@code LPUSH}
 * would change data twice, so only read-only commands are ever repeated. Immutable.
 */
public final class RedisCommand {
  /** Commands that never change data: safe to send again when an answer was lost. */
  static final Set<String> READ_ONLY = Set.of("GET", "MGET", "GETRANGE", "STRLEN", "EXISTS", "TTL", "PTTL",
      "EXPIRETIME", "PEXPIRETIME", "TYPE", "KEYS", "SCAN", "RANDOMKEY", "DBSIZE", "PING", "ECHO", "TIME", "INFO",
      "HGET", "HMGET", "HGETALL", "HKEYS", "HVALS", "HLEN", "HEXISTS", "HSTRLEN", "HSCAN", "HRANDFIELD", "LRANGE",
      "LLEN", "LINDEX", "LPOS", "SMEMBERS", "SISMEMBER", "SMISMEMBER", "SCARD", "SSCAN", "SRANDMEMBER", "SINTER",
      "SUNION", "SDIFF", "SINTERCARD", "ZRANGE", "ZRANGEBYSCORE", "ZREVRANGE", "ZREVRANGEBYSCORE", "ZRANGEBYLEX",
      "ZSCORE", "ZMSCORE", "ZCARD", "ZCOUNT", "ZLEXCOUNT", "ZRANK", "ZREVRANK", "ZSCAN", "ZRANDMEMBER", "BITCOUNT",
      "BITPOS", "GETBIT", "PFCOUNT", "XRANGE", "XREVRANGE", "XLEN", "XINFO", "XPENDING", "GEOPOS", "GEODIST",
      "GEOHASH", "GEOSEARCH", "JSON.GET", "JSON.MGET", "JSON.TYPE", "JSON.STRLEN", "JSON.ARRLEN", "JSON.OBJKEYS",
      "JSON.OBJLEN", "DUMP", "LCS", "SUBSTR");
  private final List<String> args;

  private RedisCommand(List<String> args) {
    if (args.isEmpty() || args.get(0).isBlank()) throw new IllegalArgumentException("a command needs a name");
    this.args = List.copyOf(args);
  }

  /** The command name and its arguments; numbers are sent as their decimal text. */
  public static RedisCommand of(Object... args) {
    List<String> a = new ArrayList<>(args.length);
    for (Object o : args) a.add(String.valueOf(Objects.requireNonNull(o, "argument")));
    return new RedisCommand(a);
  }

  public static RedisCommand of(List<?> args) {
    return of(args.toArray());
  }

  /** The command name in upper case. */
  public String name() {
    return args.get(0).toUpperCase(Locale.ROOT);
  }

  public List<String> args() {
    return args;
  }

  /** Whether the command only reads ({@code GET}, {@code HGETALL}, ...), so repeating it cannot change data. */
  public boolean readOnly() {
    return READ_ONLY.contains(name()) || name().equals("GETEX") && args.size() == 2;
  }

  /** The name and the argument count: values may be secrets and never show. */
  @Override
  public String toString() {
    return name() + " (" + (args.size() - 1) + " args)";
  }
}
