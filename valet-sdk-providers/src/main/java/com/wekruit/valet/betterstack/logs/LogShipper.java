package com.wekruit.valet.betterstack.logs;

import com.wekruit.valet.error.BudgetSpentException;
import com.wekruit.valet.error.ValetApiException;
import com.wekruit.valet.error.ValetClientException;
import com.wekruit.valet.error.ValetException;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.http.Sleeper;
import com.wekruit.valet.spi.ApiCall;
import com.wekruit.valet.spi.HttpTransport;
import com.wekruit.valet.spi.RequestContent;
import com.wekruit.valet.spi.ResponseCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sender's one background thread: takes due batches, sends each as a gzip JSON array through the core transport
 * (its rate-limit gate, breaker and bounds), repeats retryable failures with capped backoff, splits a batch the
 * ingest finds too large (413), and accounts every line as sent or dropped with a reason.
 */
final class LogShipper implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(BetterStackLogs.class);
  private final LogBuffer buffer;
  private final HttpTransport http;
  private final long intervalNanos;
  private final RetryPolicy retry;
  private final Sleeper sleeper;
  private volatile boolean abandon;
  private volatile CompletableFuture<Void> inFlight;

  LogShipper(LogBuffer buffer, HttpTransport http, Duration interval, RetryPolicy retry, Sleeper sleeper) {
    this.buffer = buffer;
    this.http = http;
    this.intervalNanos = interval.toNanos();
    this.retry = retry;
    this.sleeper = sleeper;
  }

  /** Stop retrying and sending: close ran out of time. */
  void abandon() {
    abandon = true;
    CompletableFuture<Void> f = inFlight;
    if (f != null) f.cancel(true);
  }

  @Override
  public void run() {
    try {
      List<LogEvent> batch;
      while ((batch = buffer.take(intervalNanos)) != null) ship(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      buffer.dropQueued();
    }
  }

  private void ship(List<LogEvent> batch) throws InterruptedException {
    Deque<List<LogEvent>> parts = new ArrayDeque<>();
    parts.push(batch);
    try {
      while (!parts.isEmpty()) {
        List<LogEvent> part = parts.peek();
        List<List<LogEvent>> halves = send(part);
        parts.pop();
        for (int i = halves.size() - 1; i >= 0; i--) parts.push(halves.get(i));
      }
    } catch (InterruptedException e) {
      for (List<LogEvent> p : parts) buffer.finished(p, LogBuffer.Drop.CLOSED);
      throw e;
    }
  }

  /** Sends one part; returns its halves when the ingest said it is too large, else an empty list. */
  private List<List<LogEvent>> send(List<LogEvent> part) throws InterruptedException {
    byte[] body = gzip(part);
    ApiCall<Void> call = ApiCall.<Void>builder("POST", "/", ResponseCodec.none())
        .content(RequestContent.bytes(body, "application/json", "gzip")).idempotent(true).build();
    for (int attempt = 1; ; attempt++) {
      if (abandon || Thread.currentThread().isInterrupted()) throw new InterruptedException("sender closed");
      buffer.request(body.length, attempt > 1);
      try {
        await(http.executeAsync(call));
        buffer.finished(part, null);
        return List.of();
      } catch (ValetApiException e) {
        if (e.statusCode() == 413 && part.size() > 1) {
          int mid = part.size() / 2;
          return List.of(part.subList(0, mid), part.subList(mid, part.size()));
        }
        if (!again(e, attempt, part)) return List.of();
        pause(e, attempt);
      } catch (ValetException e) {
        if (!again(e, attempt, part)) return List.of();
        pause(e, attempt);
      }
    }
  }

  /** Waits for the send; close's {@link #abandon()} cancels it, which reaches the HTTP call in flight. */
  private void await(CompletableFuture<Void> f) throws InterruptedException {
    inFlight = f;
    if (abandon) f.cancel(true);
    try {
      f.get();
    } catch (CancellationException e) {
      throw new InterruptedException("sender closed");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ValetException v) throw v;
      throw new IllegalStateException(e.getCause());
    } finally {
      inFlight = null;
    }
  }

  private boolean again(ValetException e, int attempt, List<LogEvent> part) {
    boolean repeatable = e.retryable() || e instanceof BudgetSpentException
        || e instanceof ValetClientException c && c.kind() == ValetClientException.Kind.CIRCUIT_OPEN;
    if (repeatable && attempt < retry.maxAttempts() && !abandon) return true;
    buffer.finished(part, repeatable ? LogBuffer.Drop.RETRIES_EXHAUSTED : LogBuffer.Drop.REJECTED);
    LOG.warn("dropped a batch of {} log lines after {} attempt(s): {}", part.size(), attempt, e.getMessage());
    return false;
  }

  private void pause(ValetException e, int attempt) throws InterruptedException {
    Duration delay = retry.backoff(attempt);
    Duration server = e instanceof ValetApiException api ? api.retryAfter().orElse(null)
        : e instanceof BudgetSpentException b ? b.retryAfter() : null;
    if (server != null && server.compareTo(delay) > 0) {
      delay = server.compareTo(retry.maxServerWait()) > 0 ? retry.maxServerWait() : server;
    }
    sleeper.sleep(delay);
  }

  private static byte[] gzip(List<LogEvent> lines) {
    int size = 2;
    for (LogEvent l : lines) size += l.size() + 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream(size / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
      {
        def.setLevel(Deflater.BEST_SPEED); // log lines repeat themselves: level 1 keeps most of the gain at a third of the CPU
      }
    }) {
      gz.write('[');
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) gz.write(',');
        gz.write(lines.get(i).json());
      }
      gz.write(']');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
