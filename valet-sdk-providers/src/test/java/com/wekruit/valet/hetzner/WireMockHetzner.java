package com.wekruit.valet.hetzner;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.spec.WireMockApi;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;

/** A WireMock server standing in for api.hetzner.cloud, with spec validation of every exchange after each test. */
abstract class WireMockHetzner extends WireMockApi {
  static final String TOKEN = "hz-test-token-0123456789abcdef";
  HetznerClient hetzner;

  @BeforeEach
  void newClient() {
    hetzner = client(RetryPolicy.defaults(), Duration.ofSeconds(2));
  }

  HetznerClient client(RetryPolicy retry, Duration readTimeout) {
    return HetznerClient.builder().token(TOKEN).baseUrl(wm.baseUrl() + "/v1")
        .clock(time).ticker(time).sleeper(time).retryPolicy(retry).readTimeout(readTimeout).build();
  }

  @Override
  protected OpenApiInteractionValidator spec() {
    return SpecCheck.hetzner();
  }
}
