package com.wekruit.valet.coolify;

import com.wekruit.valet.coolify.testing.CoolifyPayloads;
import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.testing.faults.ProviderFaultMatrix;
import com.wekruit.valet.testing.faults.Reply;
import java.util.function.Consumer;

/** The core fault kit against the Coolify client: a deployment trigger is the create, reading an application the get. */
class CoolifyFaultMatrixTest extends ProviderFaultMatrix<CoolifyClient> {
  private static final String TOKEN = "7|matrixCoolifyToken9f3a1c";

  @Override
  protected CoolifyClient client(Consumer<ClientBuilder<?>> settings) {
    CoolifyClient.Builder b = CoolifyClient.builder().token(TOKEN);
    settings.accept(b);
    return b.build();
  }

  @Override
  protected String secret() {
    return TOKEN;
  }

  @Override
  protected String basePath() {
    return "/api/v1";
  }

  @Override
  protected String createPath() {
    return "/deploy";
  }

  @Override
  protected Object create(CoolifyClient c) {
    return c.deployments().deploy(DeployRequest.byUuid("app-1").build());
  }

  @Override
  protected String getPath() {
    return "/applications/app-1";
  }

  @Override
  protected Object get(CoolifyClient c) {
    return c.applications().get("app-1");
  }

  @Override
  protected Reply getOk() {
    return Reply.json(200, CoolifyPayloads.application("app-1", "api", "running:healthy"));
  }

  @Override
  protected String endlessPrefix() {
    return "{\"uuid\":\"app-1\",\"name\":\"";
  }

  @Override
  protected Reply error(int status, String code, String message, String... headers) {
    return Reply.json(status, CoolifyPayloads.error(message), headers);
  }
}
