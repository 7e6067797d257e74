package com.wekruit.valet.hetzner;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.wekruit.valet.http.RetryPolicy;
import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A WireMock server standing in for api.hetzner.cloud, with spec validation of every exchange after each test. */
abstract class WireMockHetzner {
  static final String TOKEN = "hz-test-token-0123456789abcdef";
  static WireMockServer wm;
  FakeTime time;
  HetznerClient hetzner;
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
    hetzner = client(RetryPolicy.defaults(), Duration.ofSeconds(2));
  }

  HetznerClient client(RetryPolicy retry, Duration readTimeout) {
    return HetznerClient.builder().token(TOKEN).baseUrl(wm.baseUrl() + "/v1")
        .clock(time).ticker(time).sleeper(time).retryPolicy(retry).readTimeout(readTimeout).build();
  }

  @AfterEach
  void checkAgainstSpec() {
    if (validateSpec) SpecCheck.assertAllValid(wm, SpecCheck.hetzner());
  }
}
