package com.wekruit.valet.spec;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.wekruit.valet.testing.FakeTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A WireMock server standing in for a provider's API (one per test class, reset before each test) with a fresh
 * {@link FakeTime}, and every exchange checked against the provider's spec after each test unless a test turns
 * {@link #validateSpec} off (stubs the spec does not declare, e.g. a 429 or 502). The provider's test base says how
 * its spec is checked: {@link #spec()} for OpenAPI 3.0, a field list or its own checker otherwise.
 */
public abstract class WireMockApi {
  protected static WireMockServer wm;
  protected FakeTime time;
  protected boolean validateSpec = true;

  @BeforeAll
  static void startWireMock() {
    wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    wm.start();
  }

  @AfterAll
  static void stopWireMock() {
    wm.stop();
  }

  @BeforeEach
  void resetWireMock() {
    wm.resetAll();
    time = new FakeTime();
  }

  /** The provider's OpenAPI 3.0 document, for the default {@link #assertExchangesMatchSpec}. */
  protected OpenApiInteractionValidator spec() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no OpenAPI 3.0 document: override "
        + "assertExchangesMatchSpec");
  }

  /** Fails unless every exchange the server saw matches the provider's spec; by default against {@link #spec()}. */
  protected void assertExchangesMatchSpec(WireMockServer server) {
    SpecCheck.assertAllValid(server, spec());
  }

  @AfterEach
  void checkAgainstSpec() {
    if (validateSpec) assertExchangesMatchSpec(wm);
  }
}
