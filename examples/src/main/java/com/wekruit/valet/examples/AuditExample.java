package com.wekruit.valet.examples;

import com.wekruit.valet.examples.steps.CloudflareStep;
import com.wekruit.valet.examples.steps.HetznerStep;
import java.io.PrintStream;
import java.io.OutputStream;

/**
 * The readiness audit as a CI step: sets the simulators up as the runbook wants (quietly), runs the audit and exits
 * with its code. UNKNOWN items (the backup catalog is not given here) do not fail it: {@code exitCode(true)}.
 * With provider tokens in the environment the audit reads the real providers (it never changes anything).
 */
public final class AuditExample {
  private AuditExample() {}

  public static void main(String[] args) throws Exception {
    int exit;
    try (LocalStack stack = LocalStack.start(); LocalR2 r2 = new LocalR2();
         Providers providers = new Providers(stack.redisPort(), false, System::getenv)) {
      PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
      if (providers.refusal("Hetzner") == null) {
        String ip = HetznerStep.run(providers.hetzner, quiet).ipv4();
        if (providers.refusal("Cloudflare") == null) {
          CloudflareStep.pointDomain(providers.cloudflare, "example.com", "app.example.com", ip);
        }
      }
      System.out.println(AuditAndCosts.audit(providers, r2, System.out));
      exit = AuditAndCosts.lastAudit.exitCode(true);
    }
    System.exit(exit);
  }
}
