package com.wekruit.valet.spi;

import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.testing.faults.ProviderFaultMatrix;
import com.wekruit.valet.testing.faults.Reply;
import java.util.function.Consumer;

/** The fault matrix against the bare transport, so core holds its promises without a provider's help. */
class CoreFaultMatrixTest extends ProviderFaultMatrix<HttpTransport> {
  @Override
  protected HttpTransport client(Consumer<ClientBuilder<?>> settings) {
    TestApi.Builder b = new TestApi.Builder();
    settings.accept(b);
    return b.build();
  }

  @Override
  protected String secret() {
    return TestApi.TOKEN;
  }

  @Override
  protected String basePath() {
    return "/api";
  }

  @Override
  protected String createPath() {
    return "/things";
  }

  @Override
  protected Object create(HttpTransport c) {
    return c.execute(ApiCall.post("/things", new TestApi.Thing(1, "one", null, null), TestApi.ThingEnvelope.class));
  }

  @Override
  protected String getPath() {
    return "/things/1";
  }

  @Override
  protected Object get(HttpTransport c) {
    return c.execute(ApiCall.get("/things/1", TestApi.ThingEnvelope.class));
  }

  @Override
  protected Reply getOk() {
    return Reply.json(200, "{\"thing\":{\"id\":1,\"display_name\":\"one\"}}");
  }

  @Override
  protected String endlessPrefix() {
    return "{\"thing\":{\"id\":1,\"display_name\":\"";
  }

  @Override
  protected Reply error(int status, String code, String message, String... headers) {
    return Reply.json(status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}", headers);
  }
}
