package com.wekruit.valet.examples;

import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.testing.FakeHetzner;
import com.wekruit.valet.runbook.CostReport;
import com.wekruit.valet.runbook.PriceTable;
import com.wekruit.valet.runbook.RunbookEnvironment;

/**
 * The cost report of the runbook's four environments: Hetzner's prices from its pricing API (the real one with
 * {@code HCLOUD_TOKEN} set, else the simulator's), the other services from the declared price table.
 */
public final class CostExample {
  private CostExample() {}

  public static void main(String[] args) throws Exception {
    String token = System.getenv("HCLOUD_TOKEN");
    if (token != null && !token.isBlank()) {
      print(HetznerClient.fromEnv());
      return;
    }
    try (FakeHetzner fake = FakeHetzner.start(0, 1)) {
      print(HetznerClient.builder().token("demo-token-not-a-secret-0001").baseUrl(fake.baseUrl()).build());
    }
  }

  private static void print(HetznerClient hetzner) {
    System.out.print(CostReport.price(hetzner, PriceTable.declared(), RunbookEnvironment.declared()).render());
  }
}
