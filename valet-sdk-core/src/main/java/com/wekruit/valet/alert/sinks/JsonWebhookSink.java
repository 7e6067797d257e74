package com.wekruit.valet.alert.sinks;

import com.wekruit.valet.alert.Notification;
import com.wekruit.valet.spi.Credentials;
import java.time.Duration;
import java.util.Map;

/**
 * POSTs each notification as JSON ({@code version, status, groupKey, channel, sentAt, alerts[{status, labels,
 * summary, runbook, value, startsAt, endsAt}]}) to a URL, optionally with a secret header. Thread-safe.
 */
public final class JsonWebhookSink extends WebhookSink {
  private JsonWebhookSink(String name, WebhookClient client) {
    super(name, client);
  }

  /** A sink named {@code webhook} with a 10 s timeout. */
  public static JsonWebhookSink of(String url) {
    return new JsonWebhookSink("webhook", new WebhookClient(url, Credentials.NONE, Duration.ofSeconds(10)));
  }

  /** With a header such as {@code Authorization: Bearer ...}; its value is a secret (HTTPS or loopback only). */
  public static JsonWebhookSink of(String name, String url, String header, String value, Duration timeout) {
    return new JsonWebhookSink(name, new WebhookClient(url, Credentials.headers(header, value), timeout));
  }

  @Override
  Map<String, Object> body(Notification notification) {
    return Payloads.json(notification);
  }
}
