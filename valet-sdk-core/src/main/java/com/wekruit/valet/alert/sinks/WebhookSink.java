package com.wekruit.valet.alert.sinks;

import com.wekruit.valet.alert.AlertSink;
import com.wekruit.valet.alert.Notification;
import java.util.Map;

/** A sink that POSTs one JSON body per notification to a webhook; subclasses choose the body. Thread-safe. */
abstract class WebhookSink implements AlertSink {
  private final String name;
  private final WebhookClient client;

  WebhookSink(String name, WebhookClient client) {
    this.name = java.util.Objects.requireNonNull(name, "name");
    this.client = client;
  }

  abstract Map<String, Object> body(Notification notification);

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final void send(Notification notification) {
    client.post(body(notification));
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + name + "]";
  }
}
