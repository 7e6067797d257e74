package com.wekruit.valet.neon;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

import com.wekruit.valet.neon.testing.FakeNeon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh {@link FakeNeon} with one project behind the WireMock proxy, so the client's exchanges are spec-checked. */
abstract class ProxiedFakeNeon extends WireMockNeon {
  FakeNeon fake;
  String project;

  @BeforeEach
  void startFake() throws Exception {
    fake = FakeNeon.start(0, 2, time);
    project = fake.addProject("runbook", 86_400);
    wm.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(fake.origin())));
  }

  @AfterEach
  void stopFake() {
    fake.close();
  }
}
