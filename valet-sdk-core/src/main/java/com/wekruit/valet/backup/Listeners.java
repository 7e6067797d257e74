package com.wekruit.valet.backup;

import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers events to listeners; a listener's failure never stops a job. Thread-safe. Not API. */
final class Listeners {
  private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);
  private final List<Consumer<BackupEvent>> all;

  Listeners(List<Consumer<BackupEvent>> all) {
    this.all = List.copyOf(all);
  }

  void publish(BackupEvent e) {
    for (Consumer<BackupEvent> l : all) {
      try {
        l.accept(e);
      } catch (Throwable t) {
        LOG.warn("backup listener failed on {}: {}", e.getClass().getSimpleName(), t.getClass().getName());
      }
    }
  }
}
