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
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of the sender's background threads (one per batch in flight): takes due batches, sends each as a gzip JSON
 * array through the core transport (its rate-limit gate, breaker and bounds), repeats retryable failures with capped backoff, splits a batch the
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
  private final GzipBatch gzip = new GzipBatch();
  private final Batch batch = new Batch();

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
      Pending taken;
      while ((taken = buffer.take(intervalNanos)) != null) {
        if (encode(taken)) ship(batch.all());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      buffer.dropQueued();
      gzip.close();
    }
  }

  private void ship(Batch.Part batch) throws InterruptedException {
    Deque<Batch.Part> parts = new ArrayDeque<>();
    parts.push(batch);
    while (!parts.isEmpty()) {
      Batch.Part part = parts.pop();
      Outcome o;
      try {
        o = send(part);
      } catch (InterruptedException e) {
        done(part, LogBuffer.Drop.CLOSED);
        for (Batch.Part p : parts) done(p, LogBuffer.Drop.CLOSED);
        throw e;
      } catch (RuntimeException | Error e) {
        // whatever went wrong here (a sleeper or transport bug, out of memory), the part is accounted and the
        // sender lives on: a line is never left pending for ever
        o = new Outcome(false, LogBuffer.Drop.REJECTED, 1, e.getClass().getName());
      }
      if (o.split) {
        parts.push(part.second());
        parts.push(part.first());
        continue;
      }
      done(part, o.drop);
      if (o.drop != null) warn(part.lines(), o.attempts, o.why);
    }
  }

  /** Encodes a taken batch on this thread; false (its lines dropped and counted) if that failed. */
  private boolean encode(Pending taken) {
    long exact;
    try {
      exact = batch.encode(taken);
    } catch (RuntimeException | Error e) {
      buffer.finished(taken.lines(), taken.reserved(), LogBuffer.Drop.REJECTED);
      warn(taken.lines(), 0, "cannot encode: " + e.getClass().getName());
      return false;
    }
    buffer.encoded(taken.reserved(), exact);
    return true;
  }

  private void done(Batch.Part part, LogBuffer.Drop why) {
    buffer.finished(part.lines(), part.lineBytes(), why);
  }

  private static void warn(int lines, int attempts, String why) {
    try {
      LOG.warn("dropped a batch of {} log lines after {} attempt(s): {}", lines, attempts, why);
    } catch (RuntimeException ignored) {
      // a broken logging backend cannot stop the sender either
    }
  }

  /** How a part ended: to be sent in halves ({@code split}), or sent ({@code drop == null}) or dropped. */
  private record Outcome(boolean split, LogBuffer.Drop drop, int attempts, String why) {
    static final Outcome SENT = new Outcome(false, null, 0, null);
  }

  /** Sends one part, accounting nothing: the caller does, exactly once. */
  private Outcome send(Batch.Part part) throws InterruptedException {
    byte[] body = gzip.encode(part);
    ApiCall<Void> call = ApiCall.<Void>builder("POST", "/", ResponseCodec.none())
        .content(RequestContent.bytes(body, "application/json", "gzip")).idempotent(true).build();
    for (int attempt = 1; ; attempt++) {
      if (abandon || Thread.currentThread().isInterrupted()) throw new InterruptedException("sender closed");
      buffer.request(body.length, attempt > 1);
      try {
        await(http.executeAsync(call));
        return Outcome.SENT;
      } catch (ValetApiException e) {
        if (e.statusCode() == 413 && part.lines() > 1) return new Outcome(true, null, attempt, null);
        LogBuffer.Drop drop = again(e, attempt);
        if (drop != null) return new Outcome(false, drop, attempt, e.getMessage());
        pause(e, attempt);
      } catch (ValetException e) {
        LogBuffer.Drop drop = again(e, attempt);
        if (drop != null) return new Outcome(false, drop, attempt, e.getMessage());
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

  /** {@code null} to repeat, else why the part is dropped. */
  private LogBuffer.Drop again(ValetException e, int attempt) {
    boolean repeatable = e.retryable() || e instanceof BudgetSpentException
        || e instanceof ValetClientException c && c.kind() == ValetClientException.Kind.CIRCUIT_OPEN;
    if (repeatable && attempt < retry.maxAttempts() && !abandon) return null;
    return repeatable ? LogBuffer.Drop.RETRIES_EXHAUSTED : LogBuffer.Drop.REJECTED;
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

}
