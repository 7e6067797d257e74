package com.wekruit.valet.upstash;

import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.testing.faults.ProviderFaultMatrix;
import com.wekruit.valet.testing.faults.Reply;
import java.util.function.Consumer;

/** The core fault kit against the Upstash Redis REST client: the "create" is an INCR, the read a GET. */
class UpstashRedisFaultMatrixTest extends ProviderFaultMatrix<UpstashRedis> {
  private static final String TOKEN = "AXW_matrix_4b7d1e9c";

  @Override
  protected UpstashRedis client(Consumer<ClientBuilder<?>> settings) {
    UpstashRedis.Builder b = UpstashRedis.builder().token(TOKEN).base64Responses(false);
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
    return "/";
  }

  @Override
  protected Object create(UpstashRedis c) {
    return c.execute("INCR", "visits");
  }

  @Override
  protected String getPath() {
    return "/";
  }

  @Override
  protected Object get(UpstashRedis c) {
    return c.execute("GET", "greeting");
  }

  @Override
  protected Reply getOk() {
    return Reply.json(200, "{\"result\":\"hello\"}");
  }

  @Override
  protected String endlessPrefix() {
    return "{\"result\":\"";
  }

  @Override
  protected Reply error(int status, String code, String message, String... headers) {
    String body = com.wekruit.valet.json.ValetJson.moshi().adapter(java.util.Map.class)
        .toJson(java.util.Map.of("error", code + " " + message));
    return Reply.json(status, body, headers);
  }
}
