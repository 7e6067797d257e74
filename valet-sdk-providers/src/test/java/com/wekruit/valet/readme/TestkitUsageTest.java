package com.wekruit.valet.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.wekruit.valet.hetzner.CreateServerRequest;
import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.Server;
import com.wekruit.valet.hetzner.testing.FakeHetzner;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** README "Simulators in your tests": a user's JUnit test on the testkit, as printed there. */
class TestkitUsageTest {
  @Test
  void provisionsTheApiServer() throws Exception {
    // readme:begin
    try (FakeHetzner fake = FakeHetzner.start()) {       // a real HTTP server on 127.0.0.1, a free port
      HetznerClient hetzner = fake.client();              // = HetznerClient.builder().token(..).baseUrl(fake.baseUrl())
      Server api = hetzner.servers().create(CreateServerRequest.builder("api-1", "cpx22", "ubuntu-24.04").build())
          .awaitReady(hetzner.servers(), Duration.ofSeconds(10));
      assertEquals("running", api.status().raw());
    }
    // readme:end
  }

  @Test
  void theReadmeShowsThisTest() {
    ReadmeText.assertInReadme(TestkitUsageTest.class);
  }
}
