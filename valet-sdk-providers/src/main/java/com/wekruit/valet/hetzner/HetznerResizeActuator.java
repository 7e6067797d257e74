package com.wekruit.valet.hetzner;

import com.wekruit.valet.error.WaitTimeoutException;
import com.wekruit.valet.http.Sleeper;
import com.wekruit.valet.http.Ticker;
import com.wekruit.valet.scaling.Actuation;
import com.wekruit.valet.scaling.ScaleAction;
import com.wekruit.valet.scaling.ScalingActuator;
import com.wekruit.valet.scaling.ScalingDecision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Resizes one Hetzner server a size up on {@link ScaleAction#STEP_UP}: the next type of its {@code ladder}
 * (e.g. cx22 → cx32 → cx42), by shutdown → wait until off → change_type → power on → wait until healthy. The disk is
 * never upgraded unless {@link Builder#upgradeDisk} is set, because a bigger disk cannot be downgraded again. A
 * server at the top of the ladder, or of a type not in it, is REFUSED. When shutdown or change_type fails, a server
 * that was on is powered on again (as its old type) before the failure is thrown. Dry-run unless built with
 * {@code dryRun(false)}.
 * Thread-safe.
 */
public final class HetznerResizeActuator implements ScalingActuator {
  private final Builder b;

  private HetznerResizeActuator(Builder b) {
    this.b = b;
  }

  public static Builder builder(HetznerClient hetzner, long serverId, List<String> ladder) {
    return new Builder(hetzner, serverId, ladder);
  }

  @Override
  public String name() {
    return "hetzner-resize";
  }

  @Override
  public Actuation act(ScalingDecision d) {
    if (d.action() != ScaleAction.STEP_UP) return ScalingActuator.skipped(name(), d);
    Servers servers = b.hetzner.servers();
    Server server = servers.get(b.serverId);
    String type = server.serverType() == null ? null : server.serverType().name();
    int at = b.ladder.indexOf(type);
    if (at < 0) return refused(d, "server type " + type + " is not in the ladder " + b.ladder);
    if (at == b.ladder.size() - 1) return refused(d, "already the largest type of the ladder: " + type);
    String next = b.ladder.get(at + 1);
    List<String> steps = List.of("shutdown server " + b.serverId, "wait until off",
        "change_type " + type + " -> " + next + " (upgrade_disk=" + b.upgradeDisk + ")", "power on",
        "wait until healthy");
    if (b.dryRun) return new Actuation(name(), d.action(), Actuation.Outcome.PLANNED, steps, "dry run");
    List<String> done = new ArrayList<>();
    boolean wasOn = !server.status().is(ServerStatus.OFF);
    try {
      if (wasOn) {
        servers.shutdown(b.serverId).await(b.actionTimeout);
        done.add(steps.get(0));
        waitFor(() -> servers.get(b.serverId).status().is(ServerStatus.OFF), "server " + b.serverId + " to be off");
      }
      done.add(steps.get(1));
      servers.changeType(b.serverId, next, b.upgradeDisk).await(b.actionTimeout);
    } catch (RuntimeException e) {
      if (wasOn) powerBackOn(servers, e);
      throw e;
    }
    done.add(steps.get(2));
    if (!servers.get(b.serverId).status().is(ServerStatus.RUNNING)) servers.powerOn(b.serverId).await(b.actionTimeout);
    done.add(steps.get(3));
    waitFor(b.healthy, "server " + b.serverId + " to be healthy");
    done.add(steps.get(4));
    return new Actuation(name(), d.action(), Actuation.Outcome.APPLIED, done, type + " -> " + next);
  }

  /** The resize failed before the new type ran: a server that was on is not left off (best effort). */
  private void powerBackOn(Servers servers, RuntimeException failure) {
    try {
      if (!servers.get(b.serverId).status().is(ServerStatus.RUNNING)) servers.powerOn(b.serverId).await(b.actionTimeout);
    } catch (RuntimeException again) {
      failure.addSuppressed(again);
    }
  }

  private void waitFor(BooleanSupplier condition, String what) {
    long end = b.ticker.nanos() + b.healthTimeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (b.ticker.nanos() - end >= 0) {
        throw new WaitTimeoutException(what, b.healthTimeout, List.of("hetzner resize of server " + b.serverId));
      }
      b.sleeper.sleepOrThrow(b.pollInterval, "waiting for " + what, 1);
    }
  }

  private Actuation refused(ScalingDecision d, String why) {
    return new Actuation(name(), d.action(), Actuation.Outcome.REFUSED, List.of(), why);
  }

  @Override
  public String toString() {
    return "HetznerResizeActuator[server " + b.serverId + ", dryRun=" + b.dryRun + "]";
  }

  /** Builds the actuator. Not thread-safe. */
  public static final class Builder {
    private final HetznerClient hetzner;
    private final long serverId;
    private final List<String> ladder;
    private boolean upgradeDisk;
    private boolean dryRun = true;
    private BooleanSupplier healthy = () -> true;
    private Duration actionTimeout = Duration.ofMinutes(10);
    private Duration healthTimeout = Duration.ofMinutes(10);
    private Duration pollInterval = Duration.ofSeconds(5);
    private Ticker ticker = Ticker.SYSTEM;
    private Sleeper sleeper = Sleeper.SYSTEM;

    private Builder(HetznerClient hetzner, long serverId, List<String> ladder) {
      this.hetzner = Objects.requireNonNull(hetzner, "hetzner");
      this.serverId = serverId;
      this.ladder = List.copyOf(ladder);
      if (this.ladder.size() < 2) throw new IllegalArgumentException("a ladder needs at least two server types");
    }

    /** Also grows the disk: irreversible (the server can never go back to a smaller type). Default off. */
    public Builder upgradeDisk(boolean upgradeDisk) {
      this.upgradeDisk = upgradeDisk;
      return this;
    }

    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /** Polled after power-on until true (e.g. the API health check), at most {@code timeout}. */
    public Builder healthy(BooleanSupplier healthy, Duration timeout) {
      this.healthy = Objects.requireNonNull(healthy, "healthy");
      this.healthTimeout = com.wekruit.valet.internal.Durations.requirePositive("timeout", timeout);
      return this;
    }

    public Builder actionTimeout(Duration timeout) {
      this.actionTimeout = com.wekruit.valet.internal.Durations.requirePositive("actionTimeout", timeout);
      return this;
    }

    public Builder polling(Duration interval, Ticker ticker, Sleeper sleeper) {
      this.pollInterval = com.wekruit.valet.internal.Durations.requirePositive("interval", interval);
      this.ticker = Objects.requireNonNull(ticker, "ticker");
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    public HetznerResizeActuator build() {
      return new HetznerResizeActuator(this);
    }
  }
}
