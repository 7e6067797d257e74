package com.wekruit.valet.bench;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import com.logtail.logback.LogtailAppender;
import com.wekruit.valet.betterstack.logback.BetterStackAppender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Log shipping: the SDK's Logback appender vs Better Stack's own {@code logback-logtail} 0.3.5, each with its
 * defaults, in its own JVM (-Xmx512m), against one ingest server in a third JVM. Each contender logs a burst of
 * {@code lines} from {@code threads} threads, then stops its appender (which flushes). Reported: lines the callers
 * handed over per second; lines the ingest had when {@code stop()} returned, and those per second of the time from
 * the first log call until then; lines delivered in all (some may arrive after {@code stop()} returned, from a
 * sender thread that outlives it), and those per second of the time from the first log call until the last one
 * arrived; bytes on the wire per line, peak heap (sampled every 5 ms), lines dropped with a count, and lines lost
 * silently (handed over, neither delivered nor counted).
 * Usage: {@code java -cp benchmarks.jar com.wekruit.valet.bench.LogShipBench [lines threads]}.
 */
public final class LogShipBench {
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private LogShipBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("run")) {
      run(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4]);
      return;
    }
    int lines = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Process server = child(List.of(LogIngestServer.class.getName()));
    try {
      String url = "http://127.0.0.1:" + new BufferedReader(new InputStreamReader(server.getInputStream(),
          StandardCharsets.UTF_8)).readLine();
      System.out.printf("%-8s %10s %10s %10s %10s %11s %9s %8s %9s %8s%n", "appender", "handed/s", "at stop",
          "at stop/s", "delivered", "to last/s", "wire B/ln", "heap MB", "counted", "silent");
      for (String who : List.of("valet", "logtail", "valet", "logtail")) {
        long[] before = stats(url);
        Process p = child(List.of(LogShipBench.class.getName(), "run", who, String.valueOf(lines),
            String.valueOf(threads), url));
        String[] r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine()
            .split(" ");
        p.waitFor();
        long[] after = stats(url);
        long delivered = after[0] - before[0];
        long wire = after[1] - before[1];
        long counted = Long.parseLong(r[3]);
        double handedSecs = Long.parseLong(r[0]) / 1e9;
        double totalSecs = Long.parseLong(r[1]) / 1e9;
        long atStop = Long.parseLong(r[5]) - before[0];
        double toLastSecs = (after[3] - Long.parseLong(r[4])) / 1e6;
        System.out.printf("%-8s %10.0f %10d %10.0f %10d %11.0f %9.1f %8.1f %9d %8d%n", who, lines / handedSecs,
            atStop, atStop / totalSecs, delivered, delivered / toLastSecs,
            delivered == 0 ? 0 : (double) wire / delivered, Long.parseLong(r[2]) / 1048576.0, counted,
            lines - delivered - counted);
      }
    } finally {
      server.destroy();
    }
  }

  private static Process child(List<String> mainAndArgs) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(JAVA, "-Xmx512m", "-Dsun.net.httpserver.nodelay=true",
        "-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider", "-cp", System.getProperty("java.class.path")));
    cmd.addAll(mainAndArgs);
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static long[] stats(String url) throws Exception {
    String s = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/stats")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    String[] p = s.split(" ");
    return new long[] {Long.parseLong(p[0]), Long.parseLong(p[1]), Long.parseLong(p[2]), Long.parseLong(p[3])};
  }

  /** The wall clock in epoch microseconds (both JVMs run on this machine, so their clocks agree). */
  static long micros() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
  }

  /**
   * In the contender's JVM: prints {@code handedNanos totalNanos peakHeapBytes countedDrops startMicros
   * ingestLinesWhenStopReturned}.
   */
  private static void run(String who, int lines, int threads, String url) throws Exception {
    LoggerContext ctx = new LoggerContext();
    ctx.setMDCAdapter(new LogbackMDCAdapter());
    Appender<ILoggingEvent> appender = who.equals("valet") ? valet(url) : logtail(url);
    appender.setContext(ctx);
    appender.start();
    Logger log = ctx.getLogger("com.example.Orders");
    log.addAppender(appender);
    HeapSampler heap = new HeapSampler();
    long startMicros = micros();
    long start = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t * (lines / threads);
      Thread w = new Thread(() -> {
        for (int i = first; i < first + lines / threads; i++) {
          log.info("GET /api/v1/orders/{} 200 {}ms user=42 request=0f8e7c6a-{}", i, i % 97, i);
        }
      });
      workers.add(w);
      w.start();
    }
    for (Thread w : workers) w.join();
    long handed = System.nanoTime() - start;
    appender.stop();
    long total = System.nanoTime() - start;
    long atStop = stats(url)[0];
    heap.stop();
    long counted = appender instanceof BetterStackAppender b ? b.stats().dropped() : 0;
    System.out.println(handed + " " + total + " " + heap.peak + " " + counted + " " + startMicros + " " + atStop);
  }

  private static Appender<ILoggingEvent> valet(String url) {
    BetterStackAppender a = new BetterStackAppender();
    a.setSourceToken("bench-source-token");
    a.setIngestUrl(url);
    a.setAppName("bench");
    return a;
  }

  private static Appender<ILoggingEvent> logtail(String url) {
    LogtailAppender a = new LogtailAppender();
    a.setSourceToken("bench-source-token");
    a.setIngestUrl(url);
    a.setAppName("bench");
    return a;
  }

  /** Samples used heap every 5 ms on a daemon thread. */
  private static final class HeapSampler {
    volatile long peak;
    private volatile boolean running = true;

    HeapSampler() {
      Thread t = new Thread(() -> {
        while (running) {
          peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      t.setDaemon(true);
      t.start();
    }

    void stop() {
      running = false;
    }
  }
}
