package com.wekruit.valet.health;

/**
 * A health check. Implementations must honour the deadline (use it for every timeout) and may throw: an exception
 * is reported as DOWN with {@link Reason#EXCEPTION}, or {@link Reason#TIMEOUT} when the deadline had passed.
 *
 * <p>The monitor never runs two runs of one check at the same time, so an implementation may keep a connection
 * between runs without locking. {@link #close()} releases it.
 */
@FunctionalInterface
public interface HealthCheck extends AutoCloseable {
  CheckResult check(Deadline deadline) throws Exception;

  @Override
  default void close() {}
}
