package com.wekruit.valet.alert;

import com.wekruit.valet.http.Sleeper;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Sends to one sink with retries: {@code attempts} tries, backoff doubling from {@code backoff}. A notification that
 * fails every attempt is dead-lettered: counted and published, and not logged as sent, so the next group flush
 * tries again. Thread-safe.
 */
final class SinkDelivery {
  final String channel;
  final AlertSink sink;
  private final int attempts;
  private final Duration backoff;
  private final Sleeper sleeper;
  final LongAdder delivered = new LongAdder();
  final LongAdder deadLettered = new LongAdder();

  SinkDelivery(String channel, AlertSink sink, int attempts, Duration backoff, Sleeper sleeper) {
    this.channel = channel;
    this.sink = sink;
    this.attempts = attempts;
    this.backoff = backoff;
    this.sleeper = sleeper;
  }

  /** Whether it was delivered. */
  boolean deliver(Notification n, Consumer<DeliveryEvent> events) {
    Duration wait = backoff;
    RuntimeException last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        sink.send(n);
        delivered.increment();
        events.accept(new DeliveryEvent(sink.name(), n, DeliveryEvent.Outcome.DELIVERED, attempt, null));
        return true;
      } catch (RuntimeException e) {
        last = e;
      }
      if (attempt < attempts) {
        sleeper.sleepOrThrow(wait, "waiting to retry alert sink " + sink.name(), attempt);
        wait = wait.multipliedBy(2);
      }
    }
    deadLettered.increment();
    events.accept(new DeliveryEvent(sink.name(), n, DeliveryEvent.Outcome.DEAD_LETTERED, attempts,
        last.getClass().getSimpleName()));
    return false;
  }
}
