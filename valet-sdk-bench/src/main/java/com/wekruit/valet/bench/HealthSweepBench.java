package com.wekruit.valet.bench;

import com.codahale.metrics.health.HealthCheckRegistry;
import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.health.HealthMonitorBuilder;
import com.wekruit.valet.health.HealthReport;
import java.time.Duration;
import java.util.SortedMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** (e) One sweep of 100 no-op checks on 4 worker threads: Valet vs Dropwizard's parallel registry run. */
@State(Scope.Benchmark)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HealthSweepBench {
  private static final int CHECKS = 100;
  private static final int THREADS = 4;
  private HealthMonitor valet;
  private HealthCheckRegistry dropwizard;
  private ExecutorService dropwizardPool;

  @Setup(Level.Trial)
  public void setUp() {
    HealthMonitorBuilder b = HealthMonitor.builder().poolSize(THREADS);
    dropwizard = new HealthCheckRegistry();
    for (int i = 0; i < CHECKS; i++) {
      b.add("check-" + i, d -> CheckResult.up(), o -> o.interval(Duration.ofHours(1)).timeout(Duration.ofSeconds(5)));
      dropwizard.register("check-" + i, new com.codahale.metrics.health.HealthCheck() {
        @Override
        protected Result check() {
          return Result.healthy();
        }
      });
    }
    valet = b.build();
    dropwizardPool = Executors.newFixedThreadPool(THREADS);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    valet.close();
    dropwizardPool.shutdownNow();
  }

  @Benchmark
  public HealthReport valetSweep() throws InterruptedException {
    return valet.runNow();
  }

  @Benchmark
  public SortedMap<String, com.codahale.metrics.health.HealthCheck.Result> dropwizardSweep() {
    return dropwizard.runHealthChecks(dropwizardPool);
  }
}
