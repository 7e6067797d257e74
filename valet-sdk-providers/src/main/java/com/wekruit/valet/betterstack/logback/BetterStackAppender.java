package com.wekruit.valet.betterstack.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import com.wekruit.valet.betterstack.logs.BetterStackLogs;
import com.wekruit.valet.betterstack.logs.LogEvent;
import com.wekruit.valet.betterstack.logs.LogStats;
import com.wekruit.valet.betterstack.logs.Overflow;
import java.time.Duration;
import java.util.Map;

/**
 * A Logback appender that ships events to Better Stack Logs through {@link BetterStackLogs}: logging never waits on
 * the network, a full queue drops (or waits {@code overflowBlockMillis}, then drops) and counts, and {@code stop()}
 * (Logback's shutdown hook) flushes within {@code closeTimeoutMillis}. Needs {@code logback-classic} on the
 * classpath (an optional dependency of this SDK). Events logged on the sender's threads (its shipper, and the
 * threads its HTTP calls run on: the SDK transport's and OkHttp's logging), and OkHttp's internal trace
 * ({@code okhttp3.internal.*}, debug level, logged on OkHttp's shared threads for every request) are skipped, so the
 * sender cannot feed itself.
 *
 * <pre>{@code
 * <appender name="BETTERSTACK" class="com.wekruit.valet.betterstack.logback.BetterStackAppender">
 *   <sourceToken>${BETTERSTACK_SOURCE_TOKEN}</sourceToken>
 *   <ingestUrl>https://s1234567.eu-nbg-2.betterstackdata.com</ingestUrl>
 *   <appName>api</appName>
 * </appender>
 * }</pre>
 *
 * <p>Each line carries {@code dt}, {@code level}, {@code message}, {@code logger}, {@code thread}, {@code app} (if
 * set), the MDC as {@code mdc} and a throwable's stack trace as {@code exception}. The logging thread only captures
 * these; the message is formatted (as Logback would) and encoded on the sender's thread unless an argument could
 * change after the call (anything but strings, boxed primitives and {@code UUID}s), which is formatted at once.
 * Thread-safe.
 */
public final class BetterStackAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {
  private String sourceToken;
  private String ingestUrl = BetterStackLogs.DEFAULT_INGEST_URL;
  private String appName;
  private int batchLines = 1000;
  private long flushIntervalMillis = 1000;
  private int maxQueueLines = 100_000;
  private long maxQueueBytes = 64L * 1024 * 1024;
  private long overflowBlockMillis;
  private long closeTimeoutMillis = 10_000;
  private int maxInFlight = 2;
  private volatile BetterStackLogs sender;

  @Override
  public void start() {
    if (sourceToken == null || sourceToken.isBlank()) {
      addError("BetterStackAppender: sourceToken is not set; appender not started");
      return;
    }
    try {
      sender = BetterStackLogs.builder(sourceToken).ingestUrl(ingestUrl).batchLines(batchLines)
          .flushInterval(Duration.ofMillis(flushIntervalMillis)).maxQueue(maxQueueLines, maxQueueBytes)
          .overflow(overflowBlockMillis > 0 ? Overflow.block(Duration.ofMillis(overflowBlockMillis)) : Overflow.drop())
          .closeTimeout(Duration.ofMillis(closeTimeoutMillis)).maxInFlight(maxInFlight).build();
    } catch (RuntimeException e) {
      addError("BetterStackAppender: cannot start: " + e.getMessage());
      return;
    }
    super.start();
  }

  @Override
  protected void append(ILoggingEvent e) {
    if (BetterStackLogs.isSenderThread()) return; // the sender's own logging (SDK, OkHttp) never feeds it
    // OkHttp's internal trace (task runner, connection pool: debug level) runs on OkHttp's shared threads and is
    // caused by every request, the sender's included: shipping it would make each batch log the next one
    if (e.getLoggerName() != null && e.getLoggerName().startsWith("okhttp3.internal.")) return;
    LogEvent.Builder b = LogEvent.formatted(e.getInstant(), e.getLevel().toString(), e.getMessage(),
        e.getArgumentArray()).field("logger", e.getLoggerName()).field("thread", e.getThreadName());
    if (appName != null) b.field("app", appName);
    Map<String, String> mdc = e.getMDCPropertyMap();
    if (mdc != null && !mdc.isEmpty()) b.field("mdc", mdc);
    IThrowableProxy t = e.getThrowableProxy();
    if (t != null) b.field("exception", ThrowableProxyUtil.asString(t));
    sender.send(b.build());
  }

  @Override
  public void stop() {
    BetterStackLogs s = sender;
    if (s != null) s.close();
    super.stop();
  }

  /** The sender's counters (all zero before start). */
  public LogStats stats() {
    BetterStackLogs s = sender;
    return s == null ? new LogStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) : s.stats();
  }

  public void setSourceToken(String sourceToken) {
    this.sourceToken = sourceToken;
  }

  public void setIngestUrl(String ingestUrl) {
    this.ingestUrl = ingestUrl;
  }

  public void setAppName(String appName) {
    this.appName = appName;
  }

  public void setBatchLines(int batchLines) {
    this.batchLines = batchLines;
  }

  public void setFlushIntervalMillis(long millis) {
    this.flushIntervalMillis = millis;
  }

  public void setMaxQueueLines(int lines) {
    this.maxQueueLines = lines;
  }

  public void setMaxQueueBytes(long bytes) {
    this.maxQueueBytes = bytes;
  }

  /** Wait up to this long for queue room before dropping (default 0: drop at once). */
  public void setOverflowBlockMillis(long millis) {
    this.overflowBlockMillis = millis;
  }

  /** Batches sent at the same time (default 2). */
  public void setMaxInFlight(int batches) {
    this.maxInFlight = batches;
  }

  public void setCloseTimeoutMillis(long millis) {
    this.closeTimeoutMillis = millis;
  }

  @Override
  public String toString() {
    return "BetterStackAppender[" + getName() + ", " + stats() + "]";
  }
}
