package com.wekruit.valet.betterstack.logs;

import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.http.Sleeper;
import com.wekruit.valet.http.Ticker;
import com.wekruit.valet.spi.BearerToken;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.ProviderProfile;
import com.wekruit.valet.spi.RateLimitReader;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Ships log lines to Better Stack Logs in batches: a batch goes when it reaches {@code batchLines} or
 * {@code batchBytes}, or when its oldest line waited {@code flushInterval}; bodies are gzip JSON arrays with a
 * {@code dt} per line. {@link #send} never touches the network: it queues, and when the bounded queue is full the
 * {@link Overflow} policy drops (after an optional bounded wait) and counts the line. Background threads send (two
 * batches in flight by default, {@link Builder#maxInFlight}),
 * retrying with capped backoff through the SDK transport (client-wide rate-limit gate, circuit breaker, typed
 * errors, redacted token). Nothing is lost silently: {@link #stats()} accounts for every line.
 *
 * <pre>{@code
 * try (BetterStackLogs logs = BetterStackLogs.builder(System.getenv("BETTERSTACK_SOURCE_TOKEN"))
 *     .ingestUrl("https://s1234567.eu-nbg-2.betterstackdata.com").build()) {
 *   logs.send(LogEvent.builder(Instant.now(), "info", "deployed").field("version", "1.4.2").build());
 * }   // close() flushes
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class BetterStackLogs implements AutoCloseable {
  /** The legacy global ingest host; new sources have their own host (see the source's settings). */
  public static final String DEFAULT_INGEST_URL = "https://in.logs.betterstack.com";
  static final ProviderProfile PROFILE = new ProviderProfile("betterstack-logs", DEFAULT_INGEST_URL,
      new IngestErrors(), RateLimitReader.NONE, Duration.ofSeconds(5));
  private final LogBuffer buffer;
  private final List<LogShipper> shippers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final long overflowWaitNanos;
  private final long maxLineBytes;
  private final Duration closeTimeout;
  private final Clock clock;
  private final HttpTransport http;
  private final ExecutorService dispatch;
  private static final OkHttpClient SHARED = new OkHttpClient();

  private BetterStackLogs(Builder b, HttpTransport http, ExecutorService dispatch) {
    this.http = http;
    this.dispatch = dispatch;
    this.buffer = new LogBuffer(b.maxQueueLines, b.maxQueueBytes, b.ticker, b.batchLines, b.batchBytes);

    this.overflowWaitNanos = b.overflow.maxWait().toNanos();
    this.maxLineBytes = Math.min(b.batchBytes, b.maxQueueBytes);
    this.closeTimeout = b.closeTimeout;
    this.clock = b.clock;
    for (int i = 0; i < b.inFlight; i++) {
      LogShipper shipper = new LogShipper(buffer, http, b.flushInterval, b.retry, b.sleeper);
      shippers.add(shipper);
      threads.add(new SenderThread(shipper, i == 0 ? SHIPPER_THREAD : SHIPPER_THREAD + "-" + (i + 1)));
    }
    threads.forEach(Thread::start);
  }

  /** The name of the sending thread. */
  public static final String SHIPPER_THREAD = "valet-betterstack-logs";

  /**
   * Whether the current thread works for a sender: its shipping thread, or one of the threads its HTTP calls run
   * and complete on (whatever OkHttp renames them to). An appender drops what these threads log (the SDK's
   * transport, OkHttp, SLF4J internals), so a sender can never feed itself.
   */
  public static boolean isSenderThread() {
    return Thread.currentThread() instanceof SenderThread;
  }

  /** Marks the threads that work for a sender (see {@link #isSenderThread()}). */
  private static final class SenderThread extends Thread {
    SenderThread(Runnable r, String name) {
      super(r, name);
      setDaemon(true);
    }
  }

  /** The executor of a sender's own OkHttp dispatcher: its calls run and complete on sender threads only. */
  private static ExecutorService dispatcher() {
    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
        r -> new SenderThread(r, SHIPPER_THREAD + "-http-" + n.incrementAndGet()));
  }

  /** A sender for one log source. */
  public static Builder builder(String sourceToken) {
    return new Builder(sourceToken);
  }

  /**
   * Queues a line; returns {@code false} when it was dropped (queue full after the overflow wait, too large, or
   * closed; an interrupted caller's line while it waits for room), which {@link #stats()} counts. Never waits on
   * the network.
   *
   * @throws NullPointerException for a {@code null} event (not counted)
   */
  public boolean send(LogEvent event) {
    return buffer.offer(event, overflowWaitNanos, maxLineBytes);
  }

  /** Queues a line stamped with the sender's clock. */
  public boolean send(String level, String message) {
    return send(LogEvent.of(clock.instant(), level, message));
  }

  /** Sends what is queued now and waits until it is sent or dropped; {@code false} when {@code timeout} ran out. */
  public boolean flush(Duration timeout) {
    try {
      return buffer.flush(timeout.toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** A consistent snapshot of the counters. */
  public LogStats stats() {
    return buffer.stats();
  }

  /** Refuses new lines, sends what is queued within the close timeout, then drops (and counts) the rest. */
  @Override
  public void close() {
    close(closeTimeout);
  }

  /** {@link #close()} with its own time limit. */
  public void close(Duration timeout) {
    buffer.close();
    try {
      long until = System.nanoTime() + Math.max(1, timeout.toNanos());
      for (Thread t : threads) t.join(Math.max(1, (until - System.nanoTime()) / 1_000_000));
      if (threads.stream().anyMatch(Thread::isAlive)) {
        abandon();
        for (Thread t : threads) t.join(5_000);
      }
    } catch (InterruptedException e) {
      abandon();
      Thread.currentThread().interrupt();
    } finally {
      dispatch.shutdown();
    }
  }

  private void abandon() {
    for (LogShipper s : shippers) s.abandon();
    for (Thread t : threads) t.interrupt();
  }

  @Override
  public String toString() {
    return "BetterStackLogs[" + http + ", " + stats() + "]";
  }

  /** Configures a {@link BetterStackLogs}; {@code baseUrl} and {@link #ingestUrl} are the same. Not thread-safe. */
  public static final class Builder extends ClientBuilder<Builder> {
    private final BearerToken token;
    private int batchLines = 1000;
    private long batchBytes = 4L * 1024 * 1024;
    private Duration flushInterval = Duration.ofSeconds(1);
    private int maxQueueLines = 100_000;
    private long maxQueueBytes = 64L * 1024 * 1024;
    private Overflow overflow = Overflow.drop();
    private Duration closeTimeout = Duration.ofSeconds(10);
    private RetryPolicy retry = RetryPolicy.builder().maxAttempts(5).initialBackoff(Duration.ofMillis(500))
        .maxBackoff(Duration.ofSeconds(30)).maxServerWait(Duration.ofSeconds(60)).build();
    private Clock clock = Clock.systemUTC();
    private Ticker ticker = Ticker.SYSTEM;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private OkHttpClient okHttp = SHARED;
    private int inFlight = 2;

    private Builder(String sourceToken) {
      this.token = BearerToken.of(sourceToken);
    }

    /** Connections and settings come from {@code client}; its calls run on the sender's own dispatcher. */
    @Override
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttp = Objects.requireNonNull(client, "okHttpClient");
      return this;
    }

    /** The source's ingesting host, e.g. {@code https://s1234567.eu-nbg-2.betterstackdata.com}. */
    public Builder ingestUrl(String url) {
      return baseUrl(url);
    }

    /** A batch goes once it has this many lines (default 1000). */
    public Builder batchLines(int lines) {
      if (lines < 1) throw new IllegalArgumentException("batchLines must be >= 1, was " + lines);
      this.batchLines = lines;
      return this;
    }

    /** A batch goes once its lines reach this many bytes before gzip (default 4 MiB; the ingest takes 10 MiB). */
    public Builder batchBytes(long bytes) {
      if (bytes < 1024) throw new IllegalArgumentException("batchBytes must be >= 1024, was " + bytes);
      this.batchBytes = bytes;
      return this;
    }

    /** A batch goes once its oldest line waited this long (default 1 s). */
    public Builder flushInterval(Duration interval) {
      if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("flushInterval must be > 0");
      this.flushInterval = interval;
      return this;
    }

    /**
     * Memory bound: lines and their JSON bytes held, queued or in flight (default 100,000 and 64 MiB); a line not
     * yet encoded counts with an upper bound of its size (see {@link LogEvent}).
     */
    public Builder maxQueue(int lines, long bytes) {
      if (lines < 1 || bytes < 1024) throw new IllegalArgumentException("maxQueue needs >= 1 line and >= 1 KiB");
      this.maxQueueLines = lines;
      this.maxQueueBytes = bytes;
      return this;
    }

    public Builder overflow(Overflow overflow) {
      this.overflow = Objects.requireNonNull(overflow, "overflow");
      return this;
    }

    /**
     * Batches sent at the same time, each by its own sending thread (default 2): while one waits for the ingest's
     * answer the next is encoded and sent, so a round trip no longer caps throughput. Batches may then arrive out of
     * order; Better Stack orders lines by their {@code dt}. In-flight lines count against {@link #maxQueue}.
     */
    public Builder maxInFlight(int batches) {
      if (batches < 1 || batches > 16) throw new IllegalArgumentException("maxInFlight must be 1..16, was " + batches);
      this.inFlight = batches;
      return this;
    }

    /** How long {@link #close()} sends before dropping what is left (default 10 s). */
    public Builder closeTimeout(Duration timeout) {
      this.closeTimeout = Objects.requireNonNull(timeout, "closeTimeout");
      return this;
    }

    /** Attempts and backoff per batch (default 5 attempts, 0.5 s doubling to 30 s, server waits up to 60 s). */
    @Override
    public Builder retryPolicy(RetryPolicy policy) {
      this.retry = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    @Override
    public Builder clock(Clock clock) {
      this.clock = clock;
      return super.clock(clock);
    }

    @Override
    public Builder ticker(Ticker ticker) {
      this.ticker = ticker;
      return super.ticker(ticker);
    }

    @Override
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return super.sleeper(sleeper);
    }

    /** Starts the sender's threads. */
    public BetterStackLogs build() {
      super.retryPolicy(RetryPolicy.none());
      ExecutorService dispatch = dispatcher();
      super.okHttpClient(okHttp.newBuilder().dispatcher(new Dispatcher(dispatch)).build());
      try {
        return new BetterStackLogs(this, transport(PROFILE, token), dispatch);
      } catch (RuntimeException e) {
        dispatch.shutdown();
        throw e;
      }
    }
  }
}
