package com.wekruit.valet.runbook;

import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.Pricing;
import com.wekruit.valet.hetzner.ServerType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The runbook's environments priced per month: Hetzner servers and backups from Hetzner's pricing API (net, in the
 * project's currency), everything else from a {@link PriceTable}, each line with its source, and per environment the
 * totals per currency beside the runbook's own figure. Currencies are never converted. Immutable.
 *
 * <pre>{@code
 * CostReport costs = CostReport.price(HetznerClient.fromEnv(), PriceTable.declared(), RunbookEnvironment.declared());
 * log.info("monthly costs:\n{}", costs.render());
 * }</pre>
 */
public final class CostReport {
  /** One priced item; {@code monthly} is empty when it could not be priced, and {@code source} says why. */
  public record Line(String environment, String item, Optional<BigDecimal> monthly, String currency, String source) {}

  /** An environment's sums per currency; {@code complete} is false when a line could not be priced. */
  public record Total(RunbookEnvironment environment, Map<String, BigDecimal> byCurrency, boolean complete) {}

  private final List<Line> lines;
  private final List<Total> totals;
  /** The lines of each total, by position: two environments may share a name. */
  private final List<List<Line>> linesByTotal;

  private CostReport(List<List<Line>> linesByTotal, List<Total> totals) {
    this.linesByTotal = linesByTotal.stream().map(List::copyOf).toList();
    this.lines = this.linesByTotal.stream().flatMap(List::stream).toList();
    this.totals = List.copyOf(totals);
  }

  /** Reads Hetzner's pricing once (one GET) and prices every environment. */
  public static CostReport price(HetznerClient hetzner, PriceTable table, List<RunbookEnvironment> environments) {
    return price(hetzner.catalog().pricing(), table, environments);
  }

  /**
   * Prices every environment. A part of Hetzner's pricing that is missing (no currency, no VAT rate, no backup
   * percentage, no price for the type or location) leaves its lines unpriced and the total incomplete; it never throws.
   */
  public static CostReport price(Pricing hetzner, PriceTable table, List<RunbookEnvironment> environments) {
    List<List<Line>> lines = new ArrayList<>();
    List<Total> totals = new ArrayList<>();
    Optional<String> currency = ServicePrice.isoCurrency(hetzner.currency());
    String hetznerSource = "Hetzner pricing API, net (" + (hetzner.vatRate() == null ? "VAT rate not stated"
        : "VAT " + hetzner.vatRate().stripTrailingZeros().toPlainString() + " % on top") + ")";
    BigDecimal backupPct = hetzner.serverBackup() == null ? null : hetzner.serverBackup().percentage();
    for (RunbookEnvironment env : environments) {
      List<Line> mine = new ArrayList<>();
      Optional<BigDecimal> server = currency.isEmpty() ? Optional.empty()
          : serverPrice(hetzner, env.serverType(), env.location());
      mine.add(new Line(env.name(), "Hetzner " + env.serverType() + " in " + env.location(), server,
          currency.orElse("?"), currency.isEmpty() ? "no ISO currency in Hetzner's pricing: " + hetzner.currency()
              : server.isPresent() ? hetznerSource : "not in Hetzner's pricing for " + env.location()));
      if (env.serverBackups()) {
        String pct = backupPct == null ? "?" : backupPct.stripTrailingZeros().toPlainString();
        mine.add(new Line(env.name(), "Hetzner backups (+" + pct + " %)",
            backupPct == null ? Optional.empty() : server.map(p -> p.multiply(backupPct).divide(BigDecimal.valueOf(100))),
            currency.orElse("?"), backupPct == null ? "no backup percentage in Hetzner's pricing" : hetznerSource));
      }
      for (Map.Entry<String, BigDecimal> s : env.services().entrySet()) {
        Optional<ServicePrice> p = table.get(s.getKey());
        mine.add(p.map(sp -> new Line(env.name(), sp.service() + " " + sp.plan() + usage(sp, s.getValue()),
                Optional.of(sp.cost(s.getValue())), sp.currency(), sp.source()))
            .orElseGet(() -> new Line(env.name(), s.getKey(), Optional.empty(), "?", "no price for this key")));
      }
      Map<String, BigDecimal> sums = new LinkedHashMap<>();
      boolean complete = true;
      for (Line l : mine) {
        if (l.monthly().isEmpty()) complete = false;
        else sums.merge(l.currency(), l.monthly().get(), BigDecimal::add);
      }
      lines.add(mine);
      totals.add(new Total(env, sums, complete));
    }
    return new CostReport(lines, totals);
  }

  private static Optional<BigDecimal> serverPrice(Pricing pricing, String type, String location) {
    List<Pricing.ServerTypePrices> types = pricing.serverTypes() == null ? List.of() : pricing.serverTypes();
    return types.stream().filter(t -> type.equals(t.name()) && t.prices() != null).findFirst()
        .flatMap(t -> t.prices().stream().filter(p -> p != null && location.equals(p.location())).findFirst())
        .map(ServerType.LocationPrice::priceMonthly).map(p -> p.net());
  }

  private static String usage(ServicePrice p, BigDecimal usage) {
    return p.perUnit().signum() == 0 ? "" : ", " + usage.toPlainString() + " " + p.unit() + "s";
  }

  public List<Line> lines() {
    return lines;
  }

  public List<Total> totals() {
    return totals;
  }

  /** A text table: per environment its lines, its totals and the runbook's figure. */
  public String render() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < totals.size(); i++) {
      Total t = totals.get(i);
      b.append(t.environment().name()).append('\n');
      for (Line l : linesByTotal.get(i)) {
        b.append(String.format(Locale.ROOT, "  %-48s %10s %-4s %s%n", l.item(),
            l.monthly().map(CostReport::money).orElse("n/a"), l.currency(), l.source()));
      }
      b.append(String.format(Locale.ROOT, "  %-48s %s%s%n  %-48s %s%n", "total per month",
          total(t.byCurrency()), t.complete() ? "" : " (incomplete: a line has no price)", "runbook's own figure",
          t.environment().runbookFigure().map(m -> money(m.amount()) + " " + m.currency())
              .orElse("not declared (the runbook's figures are not in /work/shared)")));
    }
    return b.toString();
  }

  private static String total(Map<String, BigDecimal> sums) {
    List<String> parts = new ArrayList<>();
    sums.forEach((currency, sum) -> parts.add(money(sum) + " " + currency));
    return parts.isEmpty() ? "0" : String.join(" + ", parts);
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
