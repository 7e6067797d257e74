package com.wekruit.valet.upstash;

import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.testing.faults.ProviderFaultMatrix;
import com.wekruit.valet.testing.faults.Reply;
import com.wekruit.valet.upstash.testing.UpstashPayloads;
import java.util.List;
import java.util.function.Consumer;

/** The core fault kit against the Upstash management client. */
class UpstashFaultMatrixTest extends ProviderFaultMatrix<UpstashClient> {
  private static final String KEY = "upstash-matrix-9e3f1c7a";

  @Override
  protected UpstashClient client(Consumer<ClientBuilder<?>> settings) {
    UpstashClient.Builder b = UpstashClient.builder().credentials("ops@example.com", KEY);
    settings.accept(b);
    return b.build();
  }

  @Override
  protected String secret() {
    return KEY;
  }

  @Override
  protected String basePath() {
    return "/v2";
  }

  @Override
  protected String createPath() {
    return "/redis/database";
  }

  @Override
  protected Object create(UpstashClient c) {
    return c.databases().create(CreateDatabaseRequest.builder("cache", "eu-central-1").build());
  }

  @Override
  protected String getPath() {
    return "/redis/database/db-1";
  }

  @Override
  protected Object get(UpstashClient c) {
    return c.databases().get("db-1");
  }

  @Override
  protected Reply getOk() {
    return Reply.json(200, UpstashPayloads.database("db-1", "cache", "x.upstash.io", "pw", "tok", false, List.of()));
  }

  @Override
  protected String endlessPrefix() {
    return "{\"database_id\":\"db-1\",\"database_name\":\"";
  }

  @Override
  protected Reply error(int status, String code, String message, String... headers) {
    String body = com.wekruit.valet.json.ValetJson.moshi().adapter(java.util.Map.class)
        .toJson(java.util.Map.of("code", code, "message", message));
    return Reply.json(status, body, headers);
  }
}
