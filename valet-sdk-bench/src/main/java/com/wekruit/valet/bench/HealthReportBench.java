package com.wekruit.valet.bench;

import com.wekruit.valet.health.CheckResult;
import com.wekruit.valet.health.HealthMonitor;
import com.wekruit.valet.health.HealthMonitorBuilder;
import com.wekruit.valet.health.HealthReport;
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

/** (d) Reading the report and rendering it as JSON, with 10 and 100 checks. */
@State(Scope.Benchmark)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HealthReportBench {
  @Param({"10", "100"})
  public int checks;

  private HealthMonitor monitor;
  private HealthReport report;

  @Setup(Level.Trial)
  public void setUp() throws InterruptedException {
    HealthMonitorBuilder b = HealthMonitor.builder().poolSize(2);
    for (int i = 0; i < checks; i++) {
      b.add("check-" + i, d -> CheckResult.up(), o -> o.interval(Duration.ofHours(1)).timeout(Duration.ofSeconds(1)));
    }
    monitor = b.build();
    report = monitor.runNow();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    monitor.close();
  }

  @Benchmark
  public HealthReport reportRead() {
    return monitor.report();
  }

  @Benchmark
  public String renderJson() {
    return report.renderJson(false);
  }

  @Benchmark
  public String renderJsonWithDetails() {
    return report.renderJson(true);
  }
}
