package com.wekruit.valet.betterstack;

import com.wekruit.valet.betterstack.testing.BetterStackPayloads;
import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.testing.faults.ProviderFaultMatrix;
import com.wekruit.valet.testing.faults.Reply;
import java.util.function.Consumer;

/** The core fault kit against the Better Stack Uptime client. */
class BetterStackFaultMatrixTest extends ProviderFaultMatrix<BetterStackClient> {
  private static final String TOKEN = "bs-matrix-token-4d2a9c1e";

  @Override
  protected BetterStackClient client(Consumer<ClientBuilder<?>> settings) {
    BetterStackClient.Builder b = BetterStackClient.builder().token(TOKEN);
    settings.accept(b);
    return b.build();
  }

  @Override
  protected String secret() {
    return TOKEN;
  }

  @Override
  protected String basePath() {
    return "";
  }

  @Override
  protected String createPath() {
    return "/api/v2/monitors";
  }

  @Override
  protected Object create(BetterStackClient c) {
    return c.monitors().create(MonitorRequest.builder().url("https://api.example.com").monitorType(MonitorType.STATUS)
        .build());
  }

  @Override
  protected String getPath() {
    return "/api/v2/monitors/42";
  }

  @Override
  protected Object get(BetterStackClient c) {
    return c.monitors().get("42");
  }

  @Override
  protected Reply getOk() {
    return Reply.json(200, WireMockBetterStack.monitorJson("42", "https://api.example.com", "up"));
  }

  @Override
  protected String endlessPrefix() {
    return "{\"data\":{\"id\":\"42\",\"type\":\"monitor\",\"attributes\":{\"url\":\"";
  }

  @Override
  protected Reply error(int status, String code, String message, String... headers) {
    return Reply.json(status, BetterStackPayloads.json(java.util.Map.of("errors", code + ": " + message)), headers);
  }
}
