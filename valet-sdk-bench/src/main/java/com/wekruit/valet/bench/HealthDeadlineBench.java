package com.wekruit.valet.bench;

import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.health.HealthReport;
import com.wekruit.valet.health.Reason;
import com.wekruit.valet.health.checks.HttpCheck;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * (f) A sweep of 1,000 loopback HTTP targets of which 10 % accept and never answer, with a 200 ms deadline: the wall
 * time of the sweep against the deadline. The pool (128 threads) is larger than the number of hanging targets.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HealthDeadlineBench {
  static final Duration DEADLINE = Duration.ofMillis(200);
  private ChildServers servers;
  private HealthMonitor monitor;
  private HealthReport last;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    servers = new ChildServers();
    HealthMonitor.Builder b = HealthMonitor.builder().poolSize(128);
    for (int i = 0; i < 1000; i++) {
      int port = i % 10 == 0 ? servers.silentPort() : servers.httpPort();
      b.add("target-" + i, HttpCheck.get("http://127.0.0.1:" + port + "/t" + i).build(),
          o -> o.interval(Duration.ofMinutes(1)).timeout(DEADLINE));
    }
    monitor = b.build();
    long timeouts = 0;
    for (int i = 0; i < 10; i++) { // warm up both JVMs and the connection pool
      idle();
      timeouts = timeouts(monitor.runNow());
    }
    if (timeouts != 100) throw new IllegalStateException("expected 100 timeouts, got " + timeouts);
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
  public HealthReport sweep1000With10PercentHanging() throws InterruptedException {
    return last = monitor.runNow();
  }

  /** The shape of every measured sweep is printed: 100 timeouts means every answering target answered in time. */
  @TearDown(Level.Iteration)
  public void printShape() {
    System.err.println("timeouts in the last sweep: " + timeouts(last));
  }

  private static long timeouts(HealthReport r) {
    return r.checks().stream().filter(c -> c.reason() == Reason.TIMEOUT).count();
  }
}
