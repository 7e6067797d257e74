package com.wekruit.valet.bench;

import com.wekruit.valet.health.CheckState;
import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.health.HealthMonitorBuilder;
import com.wekruit.valet.health.HealthReport;
import com.wekruit.valet.health.HealthStatus;
import com.wekruit.valet.health.Reason;
import com.wekruit.valet.health.checks.HttpCheck;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (f) A sweep of 1,000 loopback HTTP targets of which 10 % or 50 % accept and never answer, with a 200 ms deadline:
 * the wall time of the sweep against the deadline. The pool has 128 workers, fewer than the 500 hanging targets of the
 * 50 % case; it grows past workers stuck in a check, up to 1,024 threads. A correct sweep reports exactly the hanging
 * targets as TIMEOUT and every other target UP; the shape is printed after warm-up and per iteration. The answering
 * targets are served by a multi-threaded server in the child JVM: the single-threaded one of the probe floors answers
 * 900 keep-alive clients so late that healthy targets time out because of the server.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HealthDeadlineBench {
  static final Duration DEADLINE = Duration.ofMillis(200);
  static final int TARGETS = 1000;

  @Param({"10", "50"})
  public int hangingPercent;

  private ChildServers servers;
  private HealthMonitor monitor;
  private HealthReport last;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    servers = new ChildServers();
    HealthMonitorBuilder b = HealthMonitor.builder().poolSize(128).maxThreads(1024);
    int every = 100 / hangingPercent;
    for (int i = 0; i < TARGETS; i++) {
      int port = i % every == 0 ? servers.silentPort() : servers.fleetPort();
      b.add("target-" + i, HttpCheck.get("http://127.0.0.1:" + port + "/t" + i).build(),
          o -> o.interval(Duration.ofMinutes(1)).timeout(DEADLINE));
    }
    monitor = b.build();
    for (int i = 0; i < 10; i++) { // warm up both JVMs, the worker pool and the connections
      idle();
      last = monitor.runNow();
    }
    System.err.println("after warm-up: " + shape(last) + " (expected " + expectedShape() + ")");
  }

  /** Each measured sweep starts with no run of the previous one still in flight. */
  @Setup(Level.Invocation)
  public void idle() {
    while (monitor.running() > 0) Thread.onSpinWait();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    monitor.close();
    servers.close();
  }

  @Benchmark
  public HealthReport sweep1000Targets() throws InterruptedException {
    return last = monitor.runNow();
  }

  /** The shape of every measured sweep is printed: the hanging targets TIMEOUT, every other target UP. */
  @TearDown(Level.Iteration)
  public void printShape() {
    System.err.println("last sweep: " + shape(last) + " (expected " + expectedShape() + ")");
  }

  private String expectedShape() {
    int hanging = TARGETS * hangingPercent / 100;
    return hanging + " timeouts, " + (TARGETS - hanging) + " up";
  }

  private static String shape(HealthReport r) {
    long timeouts = 0;
    long up = 0;
    for (CheckState c : r.checks()) {
      if (c.reason() == Reason.TIMEOUT) timeouts++;
      if (c.status() == HealthStatus.UP) up++;
    }
    return timeouts + " timeouts, " + up + " up";
  }
}
