package com.wekruit.valet.readme;

import com.wekruit.valet.coolify.CoolifyClient;
import com.wekruit.valet.coolify.Deployment;
import com.wekruit.valet.coolify.RollbackImages;
import com.wekruit.valet.coolify.testing.FakeCoolify;
import java.time.Duration;
import java.util.List;

/** README "Coolify": deploy and await, roll back to the previous image. */
final class CoolifySnippet {
  private CoolifySnippet() {}

  static List<Deployment> run(FakeCoolify fake, String appUuid) {
    // readme:begin
    CoolifyClient coolify = fake.client();   // production: CoolifyClient.fromEnv() (COOLIFY_URL, COOLIFY_TOKEN)
    Deployment deployed = coolify.applications().deployAndAwait(appUuid, Duration.ofMinutes(10));
    RollbackImages images = coolify.applications().rollbackImages(appUuid);
    Deployment back = coolify.applications()
        .rollbackAndAwait(appUuid, images.previous().orElseThrow().tag(), Duration.ofMinutes(10));
    // readme:end
    return List.of(deployed, back);
  }
}
