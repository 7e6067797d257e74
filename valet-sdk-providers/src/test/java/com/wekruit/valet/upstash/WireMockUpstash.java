package com.wekruit.valet.upstash;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.wekruit.valet.spec.SpecCheck;
import com.wekruit.valet.spec.WireMockApi;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;

/** WireMock standing in for api.upstash.com, every exchange checked against the Upstash Developer API spec. */
abstract class WireMockUpstash extends WireMockApi {
  static final String EMAIL = "ops@example.com";
  static final String API_KEY = "0f5c3b1e-upstash-key-7d9a2c4e8b6f";
  UpstashClient upstash;

  @BeforeEach
  void newClient() {
    upstash = UpstashClient.builder().credentials(EMAIL, API_KEY).baseUrl(wm.baseUrl() + "/v2").clock(time)
        .ticker(time).sleeper(time).readTimeout(Duration.ofSeconds(5)).build();
  }

  @Override
  protected OpenApiInteractionValidator spec() {
    // the API returns the password and REST tokens, which the document's Database schema forgets (see the README)
    return SpecCheck.validator("upstash-developer.json", s -> s.replace(
        "\"Database\":{\"type\":\"object\",\"properties\":{",
        "\"Database\":{\"type\":\"object\",\"properties\":{\"password\":{\"type\":\"string\"},"
            + "\"rest_token\":{\"type\":\"string\"},\"read_only_rest_token\":{\"type\":\"string\"},"));
  }
}
