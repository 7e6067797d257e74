package com.wekruit.valet.neon;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.spec.SpecCheck;
import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A WireMock server standing in for console.neon.tech, with spec validation of every exchange after each test. */
abstract class WireMockNeon {
  static final String KEY = "napi_test0key1234567890abcdefghijklmnopqrstuvwxyz";
  static final String API = "/api/v2";
  static WireMockServer wm;
  FakeTime time;
  NeonClient neon;
  boolean validateSpec = true;

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
  void newClient() {
    wm.resetAll();
    time = new FakeTime();
    neon = builder().build();
  }

  NeonClient.Builder builder() {
    return NeonClient.builder().apiKey(KEY).baseUrl(wm.baseUrl() + API).clock(time).ticker(time).sleeper(time)
        .retryPolicy(RetryPolicy.defaults()).readTimeout(Duration.ofSeconds(2));
  }

  static OpenApiInteractionValidator spec() {
    // Neon composes responses with allOf; merged, unknown properties are still reported
    return SpecCheck.validator("neon-v2.json", s -> s, b -> b.withResolveCombinators(true));
  }

  @AfterEach
  void checkAgainstSpec() {
    if (validateSpec) SpecCheck.assertAllValid(wm, spec());
  }
}
