package com.wekruit.valet.runbook;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.testing.FakeHetzner;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cost report over the Hetzner simulator's pricing API and the declared price table. */
class CostReportTest {
  static FakeHetzner api;
  static HetznerClient hetzner;

  @BeforeAll
  static void start() throws Exception {
    api = FakeHetzner.start(0, 1);
    hetzner = HetznerClient.builder().token("cost-report-token-0123456789").baseUrl(api.baseUrl()).build();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static CostReport.Total total(CostReport r, String env) {
    return r.totals().stream().filter(t -> t.environment().name().equals(env)).findFirst().orElseThrow();
  }

  @Test
  void theFourEnvironmentsArePricedFromThePricingApi_withSourcesAndPerCurrencyTotals() {
    CostReport r = CostReport.price(hetzner, PriceTable.declared(), RunbookEnvironment.declared());
    assertEquals(List.of("development", "staging", "production MVP", "production growth"),
        r.totals().stream().map(t -> t.environment().name()).toList());
    CostReport.Total mvp = total(r, "production MVP");
    assertTrue(mvp.complete());
    // cpx32 13.49 net + 20 % backups 2.698; Neon Launch 19 + Upstash 3M commands 6.00 + R2 (50-10) GB 0.60
    assertEquals(0, new BigDecimal("16.188").compareTo(mvp.byCurrency().get("EUR")), mvp.toString());
    assertEquals(0, new BigDecimal("25.60").compareTo(mvp.byCurrency().get("USD")), mvp.toString());
    CostReport.Total dev = total(r, "development");
    assertEquals(0, new BigDecimal("3.79").compareTo(dev.byCurrency().get("EUR")));
    assertEquals(0, BigDecimal.ZERO.compareTo(dev.byCurrency().get("USD")), "1 GB of R2 is inside the free 10 GB");
    String text = r.render();
    assertTrue(text.contains("Hetzner backups (+20 %)"), text);
    assertTrue(text.contains("16.19 EUR + 25.60 USD"), text);
    assertTrue(text.contains("Hetzner pricing API, net (VAT 19 % on top)"), text);
    assertTrue(text.contains("not declared (the runbook's figures are not in /work/shared)"), text);
    assertTrue(text.contains("verify on the provider's page"), "unverified prices say so");
  }

  @Test
  void aTypeHetznerDoesNotSell_orAnUnknownKey_leaveTheTotalIncomplete_andADeclaredFigureIsShownBeside() {
    RunbookEnvironment odd = new RunbookEnvironment("odd", "cx99", "fsn1", true,
        Map.of("nope.plan", BigDecimal.ONE), Optional.empty()).withRunbookFigure("42.50", "EUR");
    CostReport r = CostReport.price(hetzner, PriceTable.declared()
        .with("nope.plan", ServicePrice.flat("Nope", "Basic", "5", "EUR", "test")), List.of(odd));
    CostReport.Total t = r.totals().get(0);
    assertFalse(t.complete());
    assertEquals(0, new BigDecimal("5").compareTo(t.byCurrency().get("EUR")));
    String text = r.render();
    assertTrue(text.contains("not in Hetzner's pricing for fsn1"), text);
    assertTrue(text.contains("(incomplete: a line has no price)") && text.contains("42.50 EUR"), text);
    CostReport missing = CostReport.price(hetzner, PriceTable.declared(), List.of(new RunbookEnvironment("m", "cx22",
        "fsn1", false, Map.of("nope.plan", BigDecimal.ONE), Optional.empty())));
    assertTrue(missing.render().contains("no price for this key"));
  }

  @Test
  void usagePricesChargeOnlyBeyondWhatIsIncluded_andNegativePricesAreRefused() {
    ServicePrice r2 = PriceTable.declared().get("r2.standard").orElseThrow();
    assertEquals(0, BigDecimal.ZERO.compareTo(r2.cost(BigDecimal.TEN)));
    assertEquals(0, new BigDecimal("0.15").compareTo(r2.cost(BigDecimal.valueOf(20))));
    assertThrows(IllegalArgumentException.class, () -> ServicePrice.flat("x", "y", "-1", "USD", "s"));
  }
}
