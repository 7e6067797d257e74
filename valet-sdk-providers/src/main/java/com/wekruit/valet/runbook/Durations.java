package com.wekruit.valet.runbook;

import java.time.Duration;

/** Durations as people read them in evidence: {@code 3 d 4 h}, {@code 12 min}, {@code 40 s}. */
final class Durations {
  /** How far a provider's or a catalog's clock may run ahead of ours before a time counts as in the future. */
  static final Duration SKEW = Duration.ofMinutes(5);

  private Durations() {}

  /** Whether {@code age} (now minus a recorded time) puts that time further in the future than {@link #SKEW}. */
  static boolean inTheFuture(Duration age) {
    return age.compareTo(SKEW.negated()) < 0;
  }

  static String human(Duration d) {
    long s = d.getSeconds();
    if (s < 0) return "-" + human(d.negated());
    if (s >= 86_400) return s / 86_400 + " d" + (s % 86_400 >= 3_600 ? " " + s % 86_400 / 3_600 + " h" : "");
    if (s >= 3_600) return s / 3_600 + " h" + (s % 3_600 >= 60 ? " " + s % 3_600 / 60 + " min" : "");
    if (s >= 60) return s / 60 + " min";
    return s + " s";
  }
}
