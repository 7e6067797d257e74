package com.wekruit.valet.alert;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The active and scheduled silences of an alert service. Thread-safe. */
public final class Silences {
  private final List<Silence> silences = new CopyOnWriteArrayList<>();

  public Silence add(Silence silence) {
    silences.add(java.util.Objects.requireNonNull(silence, "silence"));
    return silence;
  }

  /** Removes (expires) a silence; returns whether it existed. */
  public boolean remove(String id) {
    return silences.removeIf(s -> s.id().equals(id));
  }

  public List<Silence> list() {
    return List.copyOf(silences);
  }

  boolean mutes(Rule rule, Instant now) {
    for (Silence s : silences) {
      if (s.mutes(rule, now)) return true;
    }
    return false;
  }
}
