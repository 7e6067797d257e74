package com.wekruit.valet.alert;

import java.time.Instant;

/**
 * An alert changed state. {@code value} is what the rule computed at that evaluation (the metric, the percentage,
 * the count in the window or the consecutive failures), NaN when there was no data.
 */
public record AlertEvent(Rule rule, AlertState previous, AlertState current, double value, Instant at) {
  @Override
  public String toString() {
    return "AlertEvent[" + rule.name() + " " + previous + " -> " + current + ", value " + value + ", " + at + "]";
  }
}
