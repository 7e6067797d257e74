package com.wekruit.valet.examples;

import com.wekruit.valet.betterstack.logs.BetterStackLogs;
import com.wekruit.valet.betterstack.testing.FakeBetterStack;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code --serve}: the health monitor on its schedule (five checks every 60 s), the JSON endpoint and the status page
 * on the fixed port, and a log sender shipping {@code --log-rate} lines per second to the Better Stack simulator,
 * until Ctrl-C (or any JVM shutdown) stops them in order.
 */
final class Serve {
  /** Counted down once the demo closed everything; the shutdown hook waits for it (at most 10 s). */
  static final CountDownLatch CLOSED = new CountDownLatch(1);

  private Serve() {}

  static void until(HealthStep health, Providers providers, DemoOptions options, PrintStream out)
      throws InterruptedException {
    health.monitor.start();
    BetterStackLogs logs = BetterStackLogs.builder(FakeBetterStack.SOURCE_TOKEN)
        .ingestUrl(providers.betterStackSim.logsUrl()).build();
    ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "demo-log-sender");
      t.setDaemon(true);
      return t;
    });
    AtomicLong sent = new AtomicLong();
    if (options.logRate() > 0) {
      int perTick = Math.max(1, options.logRate() / 10);
      long tickMicros = 1_000_000L * perTick / options.logRate();
      sender.scheduleAtFixedRate(() -> {
        for (int i = 0; i < perTick; i++) logs.send("info", "demo request " + sent.incrementAndGet());
      }, 0, tickMicros, TimeUnit.MICROSECONDS);
    }
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.countDown();
      try {
        CLOSED.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "demo-shutdown"));
    out.printf("%nServing until Ctrl-C (pid %d):%n  health JSON  %s/api/v1/health  (?details=true for details)%n"
        + "  status page %s/status%n  checks every 60 s, the six alerts, the backup scheduler; log sender %d lines/s"
        + " to the Better Stack simulator%n",
        ProcessHandle.current().pid(), health.baseUrl(), health.baseUrl(), options.logRate());
    stop.await();
    health.monitor.close();
    sender.shutdownNow();
    logs.close(Duration.ofSeconds(2));
    out.printf("stopping: %d log lines sent, %s%n", sent.get(), logs.stats());
  }
}
