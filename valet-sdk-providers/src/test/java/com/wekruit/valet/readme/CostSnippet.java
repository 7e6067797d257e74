package com.wekruit.valet.readme;

import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.runbook.CostReport;
import com.wekruit.valet.runbook.PriceTable;
import com.wekruit.valet.runbook.RunbookEnvironment;

/** README "Cost report": the runbook's environments priced from Hetzner's pricing API and the declared table. */
final class CostSnippet {
  private CostSnippet() {}

  static CostReport run(HetznerClient hetzner) {
    // readme:begin
    // production: HetznerClient.fromEnv(); here FakeHetzner's client
    CostReport costs = CostReport.price(hetzner, PriceTable.declared(), RunbookEnvironment.declared());
    String text = costs.render();                   // per environment, each line with its source; totals per currency
    // readme:end
    return costs;
  }
}
