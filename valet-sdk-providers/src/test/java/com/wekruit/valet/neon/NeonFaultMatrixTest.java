package com.wekruit.valet.neon;

import com.wekruit.valet.http.ClientBuilder;
import com.wekruit.valet.neon.testing.NeonPayloads;
import com.wekruit.valet.testing.faults.ProviderFaultMatrix;
import com.wekruit.valet.testing.faults.Reply;
import java.util.function.Consumer;

/** The core fault kit against the Neon client. */
class NeonFaultMatrixTest extends ProviderFaultMatrix<NeonClient> {
  private static final String KEY = "napi_matrix7c1e0b9d4f2a";

  @Override
  protected NeonClient client(Consumer<ClientBuilder<?>> settings) {
    NeonClient.Builder b = NeonClient.builder().apiKey(KEY);
    settings.accept(b);
    return b.build();
  }

  @Override
  protected String secret() {
    return KEY;
  }

  @Override
  protected String basePath() {
    return "/api/v2";
  }

  @Override
  protected String createPath() {
    return "/projects/proj-1/branches";
  }

  @Override
  protected Object create(NeonClient c) {
    return c.branches("proj-1").create(CreateBranchRequest.builder().name("dev").build());
  }

  @Override
  protected String getPath() {
    return "/projects/proj-1/branches/br-1";
  }

  @Override
  protected Object get(NeonClient c) {
    return c.branches("proj-1").get("br-1");
  }

  @Override
  protected Reply getOk() {
    return Reply.json(200, "{\"branch\":" + NeonPayloads.branch("br-1", "proj-1", "main", null, null, "ready", true)
        + "}");
  }

  @Override
  protected String endlessPrefix() {
    return "{\"branch\":{\"id\":\"br-1\",\"name\":\"";
  }

  @Override
  protected Reply error(int status, String code, String message, String... headers) {
    return Reply.json(status, NeonPayloads.error(code, message), headers);
  }
}
