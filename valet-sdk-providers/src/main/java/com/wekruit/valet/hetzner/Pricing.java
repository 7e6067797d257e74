package com.wekruit.valet.hetzner;

import java.math.BigDecimal;
import java.util.List;

/** Prices of the project, in its currency, with the VAT rate applied to {@code gross}. Immutable; thread-safe. */
public record Pricing(
    String currency,
    BigDecimal vatRate,
    PerGb image,
    PerGb volume,
    ServerBackup serverBackup,
    List<ServerTypePrices> serverTypes,
    List<ServerTypePrices> loadBalancerTypes) {

  /** Price per GB and month. */
  public record PerGb(Price pricePerGbMonth) {}

  /** Backups cost this percentage on top of the server price. */
  public record ServerBackup(BigDecimal percentage) {}

  /** Prices of one server or load balancer type per location. */
  public record ServerTypePrices(long id, String name, List<ServerType.LocationPrice> prices) {}
}
