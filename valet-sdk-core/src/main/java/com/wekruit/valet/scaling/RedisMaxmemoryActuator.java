package com.wekruit.valet.scaling;

import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.internal.RedisSession;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Raises {@code maxmemory} of a self-hosted Redis with {@code CONFIG SET} on a {@link ScaleAction#STEP_UP} (or
 * SCALE_UP): to {@code max(maxmemory × factor, used_memory / targetUse)}, never above host memory
 * ({@code total_system_memory}, or {@link Builder#hostMemoryBytes}) minus the margin; a raise that cannot get above
 * the current limit is REFUSED, as is an unlimited ({@code 0}) maxmemory. Reads the value back after setting it.
 * Dry-run unless built with {@code dryRun(false)}. Thread-safe.
 */
public final class RedisMaxmemoryActuator implements ScalingActuator {
  private final Builder b;

  private RedisMaxmemoryActuator(Builder b) {
    this.b = b;
  }

  public static Builder builder(String host, int port) {
    return new Builder(host, port);
  }

  @Override
  public String name() {
    return "redis-maxmemory";
  }

  @Override
  public Actuation act(ScalingDecision d) {
    if (d.action() != ScaleAction.STEP_UP && d.action() != ScaleAction.SCALE_UP) return Actuation.skipped(name(), d);
    try (RedisSession r = RedisSession.open(b.host, b.port, null, b.password, b.timeout)) {
      Map<String, String> mem = r.info("memory");
      long max = RedisSession.number(mem, "maxmemory");
      long used = RedisSession.number(mem, "used_memory");
      long host = b.hostMemory > 0 ? b.hostMemory : RedisSession.number(mem, "total_system_memory");
      long cap = host - b.margin;
      if (max == 0) return refused(d, "maxmemory is 0 (unlimited): nothing to raise; set a limit first");
      long wanted = Math.max((long) Math.ceil(max * b.factor), (long) Math.ceil(used / b.targetUse));
      long next = Math.min(wanted, cap);
      if (next <= max) {
        return refused(d, "maxmemory " + max + " is already at or above host memory " + host + " minus margin " + b.margin);
      }
      String step = "CONFIG SET maxmemory " + next + (next < wanted ? " (capped from " + wanted + ")" : "");
      if (b.dryRun) return new Actuation(name(), d.action(), Actuation.Outcome.PLANNED, List.of(step), "dry run");
      r.configSet("maxmemory", Long.toString(next));
      long after = RedisSession.number(r.info("memory"), "maxmemory");
      if (after != next) throw new ValetClientException(ValetClientException.Kind.PROTOCOL,
          "redis: maxmemory reads " + after + " after setting " + next, null, 1, false);
      return new Actuation(name(), d.action(), Actuation.Outcome.APPLIED, List.of(step), "maxmemory " + max + " -> " + next);
    } catch (IOException e) {
      throw new ValetClientException(ValetClientException.Kind.IO, "redis maxmemory: " + e.getClass().getSimpleName()
          + (e instanceof com.wekruit.valet.internal.RespConnection.NotResp ? ": " + e.getMessage() : ""), e, 1, true);
    }
  }

  private Actuation refused(ScalingDecision d, String why) {
    return new Actuation(name(), d.action(), Actuation.Outcome.REFUSED, List.of(), why);
  }

  @Override
  public String toString() {
    return "RedisMaxmemoryActuator[" + b.host + ":" + b.port + ", dryRun=" + b.dryRun + "]";
  }

  /** Builds the actuator. Not thread-safe. */
  public static final class Builder {
    private final String host;
    private final int port;
    private String password;
    private Duration timeout = Duration.ofSeconds(5);
    private double factor = 1.25;
    private double targetUse = 0.7;
    private long hostMemory;
    private long margin = 512L * 1024 * 1024;
    private boolean dryRun = true;

    private Builder(String host, int port) {
      this.host = Objects.requireNonNull(host, "host");
      if (port < 1 || port > 65535) throw new IllegalArgumentException("port out of range");
      this.port = port;
    }

    public Builder password(String password) {
      this.password = Objects.requireNonNull(password, "password");
      return this;
    }

    public Builder timeout(Duration timeout) {
      this.timeout = com.wekruit.valet.internal.Durations.requirePositive("timeout", timeout);
      return this;
    }

    /** Each raise multiplies maxmemory by at least {@code factor} (default 1.25) and targets {@code use} (0.7). */
    public Builder growth(double factor, double targetUse) {
      if (!(factor > 1 && factor <= 4)) throw new IllegalArgumentException("factor must be in (1, 4]");
      if (!(targetUse > 0.1 && targetUse < 1)) throw new IllegalArgumentException("targetUse must be in (0.1, 1)");
      this.factor = factor;
      this.targetUse = targetUse;
      return this;
    }

    /** Host memory when Redis cannot tell (a container limit); default: INFO's {@code total_system_memory}. */
    public Builder hostMemoryBytes(long bytes) {
      if (bytes < 1) throw new IllegalArgumentException("host memory must be positive");
      this.hostMemory = bytes;
      return this;
    }

    /** Memory left to the host and other processes (default 512 MiB). */
    public Builder marginBytes(long bytes) {
      if (bytes < 0) throw new IllegalArgumentException("margin must not be negative");
      this.margin = bytes;
      return this;
    }

    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    public RedisMaxmemoryActuator build() {
      return new RedisMaxmemoryActuator(this);
    }
  }
}
