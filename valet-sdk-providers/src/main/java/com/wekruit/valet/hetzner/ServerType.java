package com.wekruit.valet.hetzner;

import com.wekruit.valet.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A server type such as {@code cpx22}, with its prices per location.
 *
 * <p>Immutable; thread-safe.
 *
 * @param memory GB
 * @param disk GB
 * @param deprecated {@code null} when the API sends {@code null} (seen in real answers although the spec says boolean)
 */
public record ServerType(
    @Required long id,
    @Required String name,
    String description,
    int cores,
    double memory,
    int disk,
    Boolean deprecated,
    List<LocationPrice> prices,
    String storageType,
    String cpuType,
    String category,
    String architecture,
    Deprecation deprecation) {

  /** Prices in one location. {@code includedTraffic} is in bytes. */
  public record LocationPrice(
      String location, Price priceHourly, Price priceMonthly, long includedTraffic, Price pricePerTbTraffic) {}

  /** When a deprecated type stops being orderable. */
  public record Deprecation(Instant announced, Instant unavailableAfter) {}

  /** The monthly net price in a location, or {@code null} when it is not sold there. */
  public BigDecimal monthlyNet(String location) {
    for (LocationPrice p : prices) if (p.location().equals(location)) return p.priceMonthly().net();
    return null;
  }
}
