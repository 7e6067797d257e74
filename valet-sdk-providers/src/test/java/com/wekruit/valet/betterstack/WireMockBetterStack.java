package com.wekruit.valet.betterstack;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wekruit.valet.betterstack.testing.BetterStackPayloads;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.spec.WireMockApi;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * WireMock standing in for uptime.betterstack.com with payloads from {@link BetterStackPayloads}; after each test
 * every request body and response attribute is checked against the field list ({@link UptimeFields}).
 */
abstract class WireMockBetterStack extends WireMockApi {
  static final String TOKEN = "bs-test-token-9f8e7d6c5b4a";
  BetterStackClient uptime;

  @BeforeEach
  void newClient() {
    uptime = client(RetryPolicy.defaults());
  }

  BetterStackClient client(RetryPolicy retry) {
    return BetterStackClient.builder().token(TOKEN).baseUrl(wm.baseUrl()).clock(time).ticker(time).sleeper(time)
        .retryPolicy(retry).build();
  }

  @Override
  protected void assertExchangesMatchSpec(WireMockServer server) {
    UptimeFields.assertAllKnown(server);
  }

  static String monitorJson(String id, String url, String status) {
    Map<String, Object> a = BetterStackPayloads.monitorAttributes(url, "status");
    a.put("status", status);
    return BetterStackPayloads.single(BetterStackPayloads.resource(id, "monitor", a, null));
  }

  static Map<String, Object> monitor(String id, String url) {
    return BetterStackPayloads.resource(id, "monitor", BetterStackPayloads.monitorAttributes(url, "status"), null);
  }
}
