package com.wekruit.valet.upstash;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Parses Go's {@code time.Time.String()} format, which Upstash uses in stats series: {@code 2025-08-31
 * 15:12:52.799480932 +0000 UTC}, with 0 to 9 fraction digits, a zone abbreviation and, from a clock with a
 * monotonic reading, a trailing {@code m=+0.001}.
 */
final class GoTime {
  private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
      .appendPattern("yyyy-MM-dd HH:mm:ss")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .appendLiteral(' ')
      .appendOffset("+HHMM", "+0000")
      .toFormatter();

  private GoTime() {}

  /** @throws DateTimeParseException when it is not that format */
  static Instant parse(String s) {
    String t = s.trim();
    int mono = t.indexOf(" m=");
    if (mono > 0) t = t.substring(0, mono);
    int lastSpace = t.lastIndexOf(' ');
    if (lastSpace > 0 && Character.isLetter(t.charAt(lastSpace + 1))) t = t.substring(0, lastSpace);
    return OffsetDateTime.parse(t, FORMAT).toInstant();
  }
}
