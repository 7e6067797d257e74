package com.wekruit.valet.runbook;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A declared monthly price of a service that has no pricing API: a flat part plus a usage part beyond what is
 * included. Immutable.
 *
 * @param monthly flat price per month
 * @param perUnit price of one {@code unit} beyond {@code includedUnits}; zero for flat plans
 * @param currency ISO 4217 code, e.g. {@code USD}; upper-cased ({@code usd} is {@code USD}), anything else refused
 * @param source where the figure comes from, shown beside it (declared figures say so)
 */
public record ServicePrice(String service, String plan, BigDecimal monthly, BigDecimal perUnit, String unit,
    BigDecimal includedUnits, String currency, String source) {
  public ServicePrice {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(source, "source");
    String iso = currency;
    currency = isoCurrency(currency).orElseThrow(() -> new IllegalArgumentException(
        "currency must be an ISO 4217 code like USD: '" + iso + "'"));
    if (monthly.signum() < 0 || perUnit.signum() < 0 || includedUnits.signum() < 0) {
      throw new IllegalArgumentException("prices and included units must not be negative: " + service + " " + plan);
    }
  }

  /** A flat monthly plan. */
  public static ServicePrice flat(String service, String plan, String monthly, String currency, String source) {
    return new ServicePrice(service, plan, new BigDecimal(monthly), BigDecimal.ZERO, "month", BigDecimal.ZERO,
        currency, source);
  }

  /** A usage-priced plan: {@code perUnit} for each unit beyond {@code included}. */
  public static ServicePrice usage(String service, String plan, String perUnit, String unit, String included,
      String currency, String source) {
    return new ServicePrice(service, plan, BigDecimal.ZERO, new BigDecimal(perUnit), unit, new BigDecimal(included),
        currency, source);
  }

  /** {@code code} as an upper-case three-letter ISO 4217 code ({@code " eur"} is {@code EUR}), or empty. */
  static Optional<String> isoCurrency(String code) {
    if (code == null) return Optional.empty();
    String c = code.strip().toUpperCase(Locale.ROOT);
    return c.matches("[A-Z]{3}") ? Optional.of(c) : Optional.empty();
  }

  /** The monthly cost at {@code usage} units. */
  public BigDecimal cost(BigDecimal usage) {
    BigDecimal billed = usage.subtract(includedUnits).max(BigDecimal.ZERO);
    return monthly.add(billed.multiply(perUnit));
  }
}
