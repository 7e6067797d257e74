package com.wekruit.valet.alert;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.metrics.Metric;
import com.wekruit.valet.metrics.MetricSource;
import com.wekruit.valet.metrics.Samples;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AlertServiceLifecycleTest {
  @Test
  void startRunsOneNamedDaemonThreadThatCloseEnds() throws Exception {
    Samples samples = new Samples();
    Metric m = samples.metric("m");
    CountDownLatch collected = new CountDownLatch(1);
    MetricSource source = new MetricSource() {
      @Override
      public void collect(Samples s, long now) {
        s.record(m, 1, now);
        collected.countDown();
      }

      @Override
      public List<Metric> metrics() {
        return List.of(m);
      }
    };
    AlertService s = AlertService.builder(AlertEvaluator.builder(samples).rule(Rule.above(m, 5).name("m").build())
        .build()).source(source).interval(Duration.ofHours(1)).build();
    s.start();
    s.start();
    assertTrue(collected.await(10, TimeUnit.SECONDS), "the first tick runs at start");
    List<Thread> threads = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("valet-alerts-")).toList();
    assertEquals(1, threads.size(), "start is idempotent");
    assertTrue(threads.get(0).isDaemon());
    s.close();
    assertFalse(threads.get(0).isAlive(), "close ended the thread");
    assertThrows(IllegalStateException.class, s::start);
  }

  @Test
  void aThrowingSourceFailsItsMetricsAndTheTickGoesOn() {
    Samples samples = new Samples();
    Metric m = samples.metric("m");
    AlertEvaluator e = AlertEvaluator.builder(samples).rule(Rule.above(m, 5).noData(NoDataPolicy.ALERT).name("m")
        .build()).build();
    MetricSource broken = new MetricSource() {
      @Override
      public void collect(Samples s, long now) throws Exception {
        throw new java.io.IOException("down");
      }

      @Override
      public List<Metric> metrics() {
        return List.of(m);
      }
    };
    try (AlertService s = AlertService.builder(e).source(broken).build()) {
      s.tick();
      s.tick();
      assertEquals(2, samples.failures(m));
      assertEquals(AlertState.FIRING, e.alert("m").orElseThrow().state(), "no data alerts under ALERT");
    }
  }
}
