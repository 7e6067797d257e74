package com.wekruit.valet.alert;

/** How urgent an alert is, most urgent first. Inhibition compares by this order. */
public enum Severity {
  CRITICAL, HIGH, MEDIUM, LOW, INFO;

  /** Whether this severity is less urgent than {@code other}. */
  public boolean lowerThan(Severity other) {
    return ordinal() > other.ordinal();
  }
}
