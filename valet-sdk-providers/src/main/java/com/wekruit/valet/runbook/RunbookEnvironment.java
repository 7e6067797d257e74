package com.wekruit.valet.runbook;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One environment of the runbook as the cost report prices it: a Hetzner server type in a location (with or without
 * Hetzner's backups) and the other services by {@link PriceTable} key with their monthly usage. Immutable.
 *
 * @param services price-table key to monthly usage in the price's unit (ignored by flat plans)
 * @param runbookFigure the runbook's own monthly figure for comparison, if one was declared
 */
public record RunbookEnvironment(String name, String serverType, String location, boolean serverBackups,
    Map<String, BigDecimal> services, Optional<Money> runbookFigure) {
  /** An amount in a currency. */
  public record Money(BigDecimal amount, String currency) {
    public Money {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(currency, "currency");
    }
  }

  public RunbookEnvironment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(serverType, "serverType");
    Objects.requireNonNull(location, "location");
    services = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(services));
    Objects.requireNonNull(runbookFigure, "runbookFigure");
  }

  /** A copy carrying the runbook's own figure. */
  public RunbookEnvironment withRunbookFigure(String amount, String currency) {
    return new RunbookEnvironment(name, serverType, location, serverBackups, services,
        Optional.of(new Money(new BigDecimal(amount), currency)));
  }

  /**
   * The runbook's four environments as this SDK declares them (the runbook's own sizing and figures are not in
   * /work/shared): development and staging on small shared servers and free tiers; production MVP on a 4-core / 8 GB
   * server (at least CX32) with Hetzner backups; production growth on 8 cores / 16 GB with paid plans.
   */
  public static List<RunbookEnvironment> declared() {
    return List.of(
        env("development", "cx22", false, Map.of("cloudflare.free", 0, "neon.free", 0, "upstash.free", 0,
            "r2.standard", 1, "betterstack.free", 0)),
        env("staging", "cpx22", false, Map.of("cloudflare.free", 0, "neon.free", 0, "upstash.free", 0,
            "r2.standard", 5, "betterstack.free", 0)),
        env("production MVP", "cpx32", true, Map.of("cloudflare.free", 0, "neon.launch", 0, "upstash.payg",
            3_000_000, "r2.standard", 50, "betterstack.free", 0)),
        env("production growth", "cpx42", true, Map.of("cloudflare.free", 0, "neon.scale", 0,
            "upstash.fixed-1gb", 0, "r2.standard", 300, "betterstack.responder", 0)));
  }

  private static RunbookEnvironment env(String name, String type, boolean backups, Map<String, Integer> usage) {
    Map<String, BigDecimal> services = new LinkedHashMap<>();
    usage.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> services.put(e.getKey(), BigDecimal.valueOf(e.getValue())));
    return new RunbookEnvironment(name, type, "fsn1", backups, services, Optional.empty());
  }
}
