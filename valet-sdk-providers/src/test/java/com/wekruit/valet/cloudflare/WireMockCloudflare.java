package com.wekruit.valet.cloudflare;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.spec.SpecCheck;
import com.wekruit.valet.testing.FakeTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A WireMock server standing in for api.cloudflare.com, with spec validation of every exchange after each test. */
abstract class WireMockCloudflare {
  static final String TOKEN = "cfut_Zx1Qm9wTestTokenAbcdefghij0123456789abcd";
  static final String ZONE = "023e105f4ecef8ad9ca31a8372d0c353";
  static final String BASE = "/client/v4";
  static WireMockServer wm;
  FakeTime time;
  CloudflareClient cf;
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
    cf = builder().build();
  }

  CloudflareClient.Builder builder() {
    return CloudflareClient.builder().token(TOKEN).baseUrl(wm.baseUrl() + BASE).clock(time).ticker(time).sleeper(time)
        .retryPolicy(RetryPolicy.defaults());
  }

  static String zonePath(String rest) {
    return BASE + "/zones/" + ZONE + rest;
  }

  @AfterEach
  void checkAgainstSpec() {
    if (validateSpec) SpecCheck.assertAllValid(wm, CloudflareSpec.validator());
  }
}
