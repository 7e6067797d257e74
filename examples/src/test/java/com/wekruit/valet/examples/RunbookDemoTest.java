package com.wekruit.valet.examples;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.testing.FakeHetzner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one-command demo, run in-process against its local stack and the simulators. */
class RunbookDemoTest {
  private static String run(Map<String, String> env, int[] exit, String... args) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      exit[0] = RunbookDemo.run(DemoOptions.parse(args), env::get, out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theWholeRunbookRunsAgainstTheLocalStack_everyStepOkOrPending_exit0() throws Exception {
    int[] exit = {-1};
    String out = run(Map.of(), exit);
    assertEquals(0, exit[0], out);
    String summary = out.substring(out.indexOf("== Summary"));
    assertEquals(13, summary.lines().filter(l -> l.startsWith("  OK ")).count(), summary);
    assertEquals(0, summary.lines().filter(l -> l.startsWith("  PENDING ")).count(), summary);
    assertTrue(out.contains("alert: api_down PENDING -> FIRING"), out);
    assertTrue(out.contains("drill: restored into shop_drill"), out);
    assertTrue(out.contains("api DOWN twice, then UP"), out);
    assertTrue(out.contains("readiness PASS: 10 pass, 0 fail, 0 unknown"), out);
    assertTrue(out.contains("production MVP") && out.contains("16.19 EUR + 25.60 USD"), out);
    assertTrue(out.contains("GET /api/v1/health -> 200, GET /status -> 200"), out);
    assertFalse(out.contains("demo-token-not-a-secret") || out.contains("demo-r2-secret"), "no token in the output");
  }

  @Test
  void aProviderWithATokenInTheEnvironmentIsReal_andReadOnlyWithoutAllowChanges() throws Exception {
    try (FakeHetzner real = FakeHetzner.start(0, 1)) {
      int[] exit = {-1};
      String out = run(Map.of("HCLOUD_TOKEN", "real-looking-token-0123456789", "HCLOUD_ENDPOINT", real.baseUrl()),
          exit);
      assertTrue(out.contains("Hetzner=real (read-only)"), out);
      assertTrue(out.contains("SKIPPED: Hetzner is the real provider (token in the environment): read-only without"
          + " --allow-changes"), out);
      assertTrue(out.contains("FAIL    VPS type at least CX32                  no server named api-1"), out);
      assertEquals(0, HetznerClient.builder().token("x-token-0123456789").baseUrl(real.baseUrl()).build().servers()
          .list().stream().count(), "nothing was created at the real provider");
      assertFalse(out.contains("real-looking-token-0123456789"));
      assertEquals(0, exit[0]);
    }
  }

  @Test
  void badArgumentsAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("--port=0"));
    assertTrue(e.getMessage().startsWith("--port must be a number in [1, 65535]: '0'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("--serv"));
    assertEquals(new DemoOptions(true, 9000, true, 5), DemoOptions.parse("--serve", "--port=9000", "--allow-changes",
        "--log-rate=5"));
  }
}
