package com.wekruit.valet.hetzner;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.github.tomakehurst.wiremock.WireMockServer;

/** The Hetzner spec for {@link com.wekruit.valet.spec.SpecCheck}. */
final class SpecCheck {
  private SpecCheck() {}

  static OpenApiInteractionValidator hetzner() {
    // the document spells response ranges "4xx"/"5xx"; OpenAPI (and the validator) spell them "4XX"/"5XX"
    return com.wekruit.valet.spec.SpecCheck.validator("hetzner-cloud.json",
        spec -> spec.replace("\"4xx\":", "\"4XX\":").replace("\"5xx\":", "\"5XX\":"));
  }

  static int assertAllValid(WireMockServer wm, OpenApiInteractionValidator validator) {
    return com.wekruit.valet.spec.SpecCheck.assertAllValid(wm, validator);
  }
}
