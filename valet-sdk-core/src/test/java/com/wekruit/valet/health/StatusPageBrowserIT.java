package com.wekruit.valet.health;

import static org.junit.jupiter.api.Assertions.*;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status page in a real headless Chromium (Debian's {@code chromium}); run by the Maven profile {@code browser}
 * ({@code mvn -B -Pbrowser -pl valet-sdk-core test}), which {@code .ci/run} runs after the tests.
 */
class StatusPageBrowserIT {
  private static final int RED = 0xcf222e;
  private static final int AMBER = 0x9a6700;
  /** The page reloads every second this many times, then every 10 s, so that Chromium's virtual time can run out. */
  private static final int RELOADS = 3;
  @TempDir Path dir;
  private StatusPageFixture f;
  private Chromium chromium;
  private final AtomicInteger pageLoads = new AtomicInteger();
  private final AtomicInteger otherRequests = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    f = new StatusPageFixture(Duration.ofHours(1));
    HealthStatusPage reloading = HealthStatusPage.builder(f.monitor).history(f.history).refresh(Duration.ofSeconds(1))
        .build();
    HealthStatusPage settled = HealthStatusPage.builder(f.monitor).history(f.history).build();
    f.server.createContext("/live", ex -> (pageLoads.get() <= RELOADS ? reloading : settled).handle(ex))
        .getFilters().add(counting(pageLoads));
    f.server.createContext("/", ex -> {
      otherRequests.incrementAndGet();
      try (ex) {
        ex.sendResponseHeaders(404, -1);
      }
    });
    chromium = new Chromium(Files.createDirectories(dir.resolve("profile")));
  }

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void chromiumRendersTheChecksAndHistory_reloadsThePageItself_andFetchesNothingElse() throws Exception {
    f.run(CheckResult.up());
    f.run(CheckResult.down(Reason.BAD_STATUS, "503"));
    String dom = chromium.dumpDom(f.base + "/live", 5_000);
    assertTrue(dom.contains("data-status=\"DOWN\""), dom);
    assertTrue(dom.contains("UP → DOWN") && dom.contains("first result → UP"), dom);
    assertTrue(dom.contains("queue &lt;script&gt;alert(1)&lt;/script&gt;"), "the hostile name stays text: " + dom);
    assertEquals(RELOADS + 1, pageLoads.get(), "the first load and the reloads its refresh asked for");
    assertEquals(0, otherRequests.get(), "no asset, not even a favicon from elsewhere on this server");
  }

  @Test
  void theBannerIsRedWhileACriticalCheckIsDown_andAmberWhenOnlyANonCriticalOneDegrades() throws Exception {
    f.run(CheckResult.down(Reason.CONNECT_FAILED, "refused"));
    BufferedImage down = ImageIO.read(chromium.screenshot(f.base + "/status", dir.resolve("down.png"), 900, 400)
        .toFile());
    assertEquals(900, down.getWidth());
    assertColour(RED, down.getRGB(12, 12));
    f.run(CheckResult.up());
    BufferedImage up = ImageIO.read(chromium.screenshot(f.base + "/status", dir.resolve("up.png"), 900, 400)
        .toFile());
    assertColour(AMBER, up.getRGB(12, 12));
  }

  private static void assertColour(int expected, int argb) {
    int rgb = argb & 0xffffff;
    for (int shift = 0; shift <= 16; shift += 8) {
      int d = Math.abs(((expected >> shift) & 0xff) - ((rgb >> shift) & 0xff));
      assertTrue(d <= 8, String.format("pixel #%06x, expected about #%06x", rgb, expected));
    }
  }

  private static Filter counting(AtomicInteger n) {
    return new Filter() {
      @Override
      public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        n.incrementAndGet();
        chain.doFilter(exchange);
      }

      @Override
      public String description() {
        return "counts page loads";
      }
    };
  }
}
