package com.wekruit.valet.backup;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A calendar schedule in UTC: daily at a time (03:00) or monthly on a day at a time (the 1st at 04:00; a day past a
 * short month's end means its last day). Immutable; thread-safe.
 */
public final class Schedule {
  private final LocalTime at;
  private final int dayOfMonth;

  private Schedule(LocalTime at, int dayOfMonth) {
    this.at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.SECONDS);
    this.dayOfMonth = dayOfMonth;
  }

  /** Every day at {@code at} UTC. */
  public static Schedule dailyAt(LocalTime at) {
    return new Schedule(at, 0);
  }

  /** Every month on {@code day} (1..31) at {@code at} UTC. */
  public static Schedule monthlyAt(int day, LocalTime at) {
    if (day < 1 || day > 31) throw new IllegalArgumentException("day must be 1..31, was " + day);
    return new Schedule(at, day);
  }

  /** The latest scheduled instant at or before {@code now}. */
  public Instant previous(Instant now) {
    ZonedDateTime t = now.atZone(ZoneOffset.UTC);
    if (dayOfMonth == 0) {
      ZonedDateTime today = t.with(at);
      return (today.isAfter(t) ? today.minusDays(1) : today).toInstant();
    }
    ZonedDateTime thisMonth = inMonth(t);
    return (thisMonth.isAfter(t) ? inMonth(t.minusMonths(1)) : thisMonth).toInstant();
  }

  /** The first scheduled instant after {@code now}. */
  public Instant next(Instant now) {
    ZonedDateTime t = now.atZone(ZoneOffset.UTC);
    if (dayOfMonth == 0) {
      ZonedDateTime today = t.with(at);
      return (today.isAfter(t) ? today : today.plusDays(1)).toInstant();
    }
    ZonedDateTime thisMonth = inMonth(t);
    return (thisMonth.isAfter(t) ? thisMonth : inMonth(t.plusMonths(1))).toInstant();
  }

  private ZonedDateTime inMonth(ZonedDateTime t) {
    int day = Math.min(dayOfMonth, t.toLocalDate().lengthOfMonth());
    return t.withDayOfMonth(day).with(at);
  }

  @Override
  public String toString() {
    return dayOfMonth == 0 ? "daily at " + at + " UTC" : "monthly on day " + dayOfMonth + " at " + at + " UTC";
  }
}
