package com.wekruit.valet.neon;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.spec.SpecCheck;
import com.wekruit.valet.spec.WireMockApi;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;

/** WireMock standing in for console.neon.tech, every exchange checked against the Neon spec. */
abstract class WireMockNeon extends WireMockApi {
  static final String KEY = "napi_test0key1234567890abcdefghijklmnopqrstuvwxyz";
  static final String API = "/api/v2";
  NeonClient neon;

  @BeforeEach
  void newClient() {
    neon = builder().build();
  }

  NeonClient.Builder builder() {
    return NeonClient.builder().apiKey(KEY).baseUrl(wm.baseUrl() + API).clock(time).ticker(time).sleeper(time)
        .retryPolicy(RetryPolicy.defaults()).readTimeout(Duration.ofSeconds(5));
  }

  @Override
  protected OpenApiInteractionValidator spec() {
    // Neon composes responses with allOf; merged, unknown properties are still reported
    return SpecCheck.validator("neon-v2.json", s -> s, b -> b.withResolveCombinators(true));
  }
}
