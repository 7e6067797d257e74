package com.wekruit.valet.alert;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * When notifications go out, Alertmanager-shaped: a new group waits {@code groupWait} (default 30 s) so alerts that
 * start together go in one message; after that the group is flushed every {@code groupInterval} (5 min) if it
 * changed; an unchanged firing group is repeated every {@code repeatInterval} (4 h). Alerts are grouped per channel
 * by the values of the {@code groupBy} labels (default {@code alertname}: one group per rule).
 *
 * <p>Validated, never rounded: group interval and repeat interval must be positive (Alertmanager: "cannot be zero"),
 * group wait must not be negative, and the repeat interval must be a whole multiple of the group interval and at
 * least one of it (Alertmanager silently rounds it up to the next flush instead). Immutable; thread-safe.
 */
public record NotificationPolicy(Duration groupWait, Duration groupInterval, Duration repeatInterval,
    List<String> groupBy, boolean sendResolved) {
  private static final List<String> LABELS = List.of("alertname", "severity", "target", "channel");

  public NotificationPolicy {
    Objects.requireNonNull(groupWait, "groupWait");
    Objects.requireNonNull(groupInterval, "groupInterval");
    Objects.requireNonNull(repeatInterval, "repeatInterval");
    groupBy = List.copyOf(groupBy);
    if (groupWait.isNegative()) throw new IllegalArgumentException("groupWait must not be negative, was " + groupWait);
    if (groupInterval.isNegative() || groupInterval.isZero()) {
      throw new IllegalArgumentException("groupInterval must be positive, was " + groupInterval);
    }
    if (repeatInterval.isNegative() || repeatInterval.isZero()) {
      throw new IllegalArgumentException("repeatInterval must be positive, was " + repeatInterval);
    }
    if (repeatInterval.compareTo(groupInterval) < 0) {
      throw new IllegalArgumentException("repeatInterval " + repeatInterval + " is shorter than groupInterval "
          + groupInterval + ": repeats can only happen at a group flush");
    }
    long g = groupInterval.toNanos();
    long r = repeatInterval.toNanos();
    if (r % g != 0) {
      throw new IllegalArgumentException("repeatInterval " + repeatInterval + " is not a multiple of groupInterval "
          + groupInterval + " (it would repeat at " + Duration.ofNanos((r / g + 1) * g) + "); use "
          + Duration.ofNanos(r / g * g) + " or " + Duration.ofNanos((r / g + 1) * g));
    }
    for (String label : groupBy) {
      if (!LABELS.contains(label)) throw new IllegalArgumentException("cannot group by " + label + "; use " + LABELS);
    }
    if (groupBy.size() != groupBy.stream().distinct().count()) throw new IllegalArgumentException("duplicate groupBy label");
  }

  /** 30 s, 5 min, 4 h, grouped by alert name, resolved notifications sent. */
  public static NotificationPolicy defaults() {
    return new NotificationPolicy(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(4),
        List.of("alertname"), true);
  }

  public NotificationPolicy withGroupWait(Duration d) {
    return new NotificationPolicy(d, groupInterval, repeatInterval, groupBy, sendResolved);
  }

  public NotificationPolicy withIntervals(Duration group, Duration repeat) {
    return new NotificationPolicy(groupWait, group, repeat, groupBy, sendResolved);
  }

  public NotificationPolicy withGroupBy(String... labels) {
    return new NotificationPolicy(groupWait, groupInterval, repeatInterval, List.of(labels), sendResolved);
  }

  public NotificationPolicy withSendResolved(boolean send) {
    return new NotificationPolicy(groupWait, groupInterval, repeatInterval, groupBy, send);
  }
}
