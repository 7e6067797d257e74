package com.wekruit.valet.alert;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link AlertSink} that keeps what it was sent and fails its next {@code failures} sends. */
final class RecordingSink implements AlertSink {
  final List<Notification> sent = new CopyOnWriteArrayList<>();
  private final String name;
  volatile int failures;

  RecordingSink(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void send(Notification n) {
    if (failures > 0) {
      failures--;
      throw new IllegalStateException("sink down");
    }
    sent.add(n);
  }

  List<String> summary() {
    return sent.stream().map(n -> n.status() + ":" + n.firing().stream().map(Alert::name).toList() + "/"
        + n.resolved().stream().map(Alert::name).toList()).toList();
  }
}
