package com.wekruit.valet.hetzner;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

import com.wekruit.valet.hetzner.testing.FakeHetzner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh {@link FakeHetzner} behind the WireMock proxy, so the real client's exchanges with it are spec-checked. */
abstract class ProxiedFakeHetzner extends WireMockHetzner {
  FakeHetzner fake;

  @BeforeEach
  void startFake() throws Exception {
    fake = FakeHetzner.start(0, 2);
    wm.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(fake.baseUrl().replace("/v1", ""))));
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }
}
