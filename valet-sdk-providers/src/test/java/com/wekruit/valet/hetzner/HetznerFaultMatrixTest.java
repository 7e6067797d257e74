package com.wekruit.valet.hetzner;

import com.wekruit.valet.hetzner.testing.HetznerPayloads;
import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.testing.faults.ProviderFaultMatrix;
import com.wekruit.valet.testing.faults.Reply;
import java.util.function.Consumer;

/** The core fault kit against the Hetzner client. */
class HetznerFaultMatrixTest extends ProviderFaultMatrix<HetznerClient> {
  private static final String TOKEN = "hz-matrix-token-7c1e0b9d";

  @Override
  protected HetznerClient client(Consumer<ClientBuilder<?>> settings) {
    HetznerClient.Builder b = HetznerClient.builder().token(TOKEN);
    settings.accept(b);
    return b.build();
  }

  @Override
  protected String secret() {
    return TOKEN;
  }

  @Override
  protected String basePath() {
    return "/v1";
  }

  @Override
  protected String createPath() {
    return "/servers";
  }

  @Override
  protected Object create(HetznerClient c) {
    return c.servers().create(CreateServerRequest.builder("api-1", "cpx22", "ubuntu-24.04").build());
  }

  @Override
  protected String getPath() {
    return "/servers/42";
  }

  @Override
  protected Object get(HetznerClient c) {
    return c.servers().get(42);
  }

  @Override
  protected Reply getOk() {
    return Reply.json(200, "{\"server\":" + HetznerPayloads.server(42, "api-1", "running") + "}");
  }

  @Override
  protected String endlessPrefix() {
    return "{\"server\":{\"id\":42,\"name\":\"";
  }

  @Override
  protected Reply error(int status, String code, String message, String... headers) {
    return Reply.json(status, HetznerPayloads.error(code, message), headers);
  }
}
