package com.wekruit.valet.alert;

/**
 * Where notifications go (a webhook, an incident tool). {@link #send} either delivers or throws; the notifier
 * retries with backoff and counts what it gave up on. Implementations must be thread-safe.
 */
public interface AlertSink {
  /** A stable name, unique per channel; it keys the notification log. */
  String name();

  void send(Notification notification);
}
