package com.wekruit.valet.alert;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What was last sent per group and sink (Alertmanager's nflog): which alerts were firing and which resolved, and
 * when (wall clock, comparable across replicas). A new leader reads it to resume without re-sending.
 * Implementations must be thread-safe.
 */
public interface NotificationLog {
  /** The last delivery recorded under {@code key}. */
  Optional<Entry> last(String key);

  /** Records a delivery under {@code key}, replacing the previous one. */
  void record(String key, Entry entry);

  /** A delivery: alert names firing and resolved in it. */
  record Entry(Set<String> firing, Set<String> resolved, Instant sentAt) {
    public Entry {
      firing = Set.copyOf(firing);
      resolved = Set.copyOf(resolved);
    }
  }

  /** A log in this process only (one replica, or tests). */
  static NotificationLog inMemory() {
    ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    return new NotificationLog() {
      @Override
      public Optional<Entry> last(String key) {
        return Optional.ofNullable(entries.get(key));
      }

      @Override
      public void record(String key, Entry entry) {
        entries.put(key, entry);
      }
    };
  }
}
