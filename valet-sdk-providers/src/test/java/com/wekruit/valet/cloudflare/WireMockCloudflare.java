package com.wekruit.valet.cloudflare;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.spec.WireMockApi;
import org.junit.jupiter.api.BeforeEach;

/** A WireMock server standing in for api.cloudflare.com, with spec validation of every exchange after each test. */
abstract class WireMockCloudflare extends WireMockApi {
  static final String TOKEN = "cfut_Zx1Qm9wTestTokenAbcdefghij0123456789abcd";
  static final String ZONE = "023e105f4ecef8ad9ca31a8372d0c353";
  static final String BASE = "/client/v4";
  CloudflareClient cf;

  @BeforeEach
  void newClient() {
    cf = builder().build();
  }

  CloudflareClient.Builder builder() {
    return CloudflareClient.builder().token(TOKEN).baseUrl(wm.baseUrl() + BASE).clock(time).ticker(time).sleeper(time)
        .retryPolicy(RetryPolicy.defaults());
  }

  static String zonePath(String rest) {
    return BASE + "/zones/" + ZONE + rest;
  }

  @Override
  protected OpenApiInteractionValidator spec() {
    return CloudflareSpec.validator();
  }
}
