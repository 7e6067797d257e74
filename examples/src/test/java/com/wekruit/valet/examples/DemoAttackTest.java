package com.wekruit.valet.examples;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The demo as a careless newcomer starts it (in the demo's own package: its entry points are package-private): a
 * provider's token in the environment without the variable that goes with it.
 */
class DemoAttackTest {
  @Test
  void aTokenWithoutItsCompanionVariable_isNamedBeforeAnythingStarts_exit2() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      exit = RunbookDemo.run(DemoOptions.parse(), Map.of("COOLIFY_TOKEN", "1|real-looking-token-0123456789")::get, out);
    }
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(2, exit, out);
    assertTrue(out.contains("Coolify: COOLIFY_URL is not set"), out);
    assertFalse(out.contains("real-looking-token-0123456789"), out);
    assertEquals("Upstash: UPSTASH_EMAIL and UPSTASH_API_KEY must both be set",
        Providers.configurationProblem(Map.of("UPSTASH_API_KEY", "k")::get));
    assertNull(Providers.configurationProblem(Map.of("HCLOUD_TOKEN", "t-0123456789")::get));
  }
}
