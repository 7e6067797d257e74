package com.wekruit.valet.examples.steps;

import com.wekruit.valet.coolify.CoolifyClient;
import com.wekruit.valet.coolify.Deployment;
import com.wekruit.valet.coolify.DeploymentHandle;
import com.wekruit.valet.coolify.RollbackImages;
import com.wekruit.valet.coolify.testing.FakeCoolify;
import java.time.Duration;

/**
 * The demo's delivery step: deploy an application through Coolify and wait for it, then roll back to the previous
 * image and wait again. Runs against any Coolify instance; the demo points it at a {@code FakeCoolify}.
 */
public final class CoolifyStep {
  private static final Duration WAIT = Duration.ofMinutes(2);

  private static final String DEMO_TOKEN = "1|demo-token-not-a-secret-0002";

  private CoolifyStep() {}

  /**
   * The demo step: against the Coolify at {@code baseUrl} (a FakeCoolify's {@code baseUrl()} or instance URL),
   * deploys its first application and awaits it, then rolls back and awaits.
   */
  public static Deployment run(String baseUrl) {
    CoolifyClient coolify = CoolifyClient.builder().token(DEMO_TOKEN).instanceUrl(baseUrl).build();
    String app = coolify.applications().list().stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("no application on " + baseUrl)).uuid();
    return deployAndRollBack(baseUrl, DEMO_TOKEN, app);
  }

  /** Runs the step on its own against a fresh FakeCoolify with one application. */
  public static void main(String[] args) throws Exception {
    try (FakeCoolify fake = FakeCoolify.start(0, 3)) {
      String app = fake.addApplication("api", "1a2b3c4", "prod");
      fake.pushCommit(app, "5d6e7f8");
      System.out.println("Coolify: deploy api with deploy-and-await, then roll back");
      run(fake.baseUrl());
    }
  }

  /**
   * Deploys {@code applicationUuid} and awaits it, then rolls back and awaits that; prints progress.
   *
   * @param instanceUrl the Coolify instance, e.g. a FakeCoolify's {@code instanceUrl()}
   * @return the rollback deployment
   */
  public static Deployment deployAndRollBack(String instanceUrl, String token, String applicationUuid) {
    return deployAndRollBack(CoolifyClient.builder().token(token).instanceUrl(instanceUrl)
        .pollInterval(Duration.ofMillis(50), Duration.ofMillis(200)).build(), applicationUuid);
  }

  /** Deploys {@code applicationUuid} through any Coolify client and awaits it, then rolls back and awaits that. */
  public static Deployment deployAndRollBack(CoolifyClient coolify, String applicationUuid) {
    System.out.println("  Coolify " + coolify.version() + " (" + coolify.health() + ")");
    DeploymentHandle handle = coolify.applications().deploy(applicationUuid, false);
    System.out.println("  deployment " + handle.uuid() + " queued; waiting");
    Deployment deployed = handle.await(WAIT);
    System.out.println("  deployed: " + deployed);
    RollbackImages images = coolify.applications().rollbackImages(applicationUuid);
    String previous = images.previous().orElseThrow(() -> new IllegalStateException("no earlier image to roll back to"))
        .tag();
    System.out.println("  rolling back from " + images.current() + " to " + previous);
    Deployment back = coolify.applications().rollbackAndAwait(applicationUuid, previous, WAIT);
    System.out.println("  rolled back: " + back);
    return back;
  }
}
