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
 * {@link FakeTime}, and every exchange validated against the provider's spec after each test unless a test turns
 * {@link #validateSpec} off (stubs the spec does not declare, e.g. a 429 or 502).
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

  /** The provider's spec validator. */
  protected abstract OpenApiInteractionValidator spec();

  @AfterEach
  void checkAgainstSpec() {
    if (validateSpec) SpecCheck.assertAllValid(wm, spec());
  }
}
