package com.wekruit.valet.betterstack;

import java.time.Instant;
import java.util.List;

/** A monitor's response times of the last 24 hours, grouped by region; every time is in seconds. */
public record ResponseTimes(List<Region> regions) {

  /** One region's samples. */
  public record Region(String region, List<Sample> responseTimes) {}

  /** One check; times in seconds (doubles), {@code null} where a phase did not happen. */
  public record Sample(Instant at, double responseTime, Double nameLookupTime, Double connectionTime,
      Double tlsHandshakeTime, Double dataTransferTime) {}
}
