package com.wekruit.valet.health;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless {@code chromium} (or the binary in {@code $CHROMIUM}) run as a process: dump a page's DOM after
 * it ran for a stretch of virtual time, or take a screenshot. Test code.
 */
final class Chromium {
  private final Path profile;

  Chromium(Path profile) {
    this.profile = profile;
  }

  static String binary() {
    String env = System.getenv("CHROMIUM");
    return env == null || env.isBlank() ? "chromium" : env;
  }

  /** The DOM after {@code virtualMillis} of page time (meta refreshes included). */
  String dumpDom(String url, int virtualMillis) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", "--virtual-time-budget=" + virtualMillis, url));
  }

  /** A PNG of the page in a {@code width} × {@code height} window. */
  Path screenshot(String url, Path png, int width, int height) throws IOException, InterruptedException {
    run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars", url));
    return png;
  }

  private String run(List<String> args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(binary(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-extensions", "--disable-background-networking",
        "--user-data-dir=" + profile.toAbsolutePath()));
    cmd.addAll(args);
    Path err = Files.createTempFile(profile, "chromium", ".err");
    Path out = Files.createTempFile(profile, "chromium", ".out");
    Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).redirectOutput(out.toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("chromium did not finish within 60 s: " + cmd);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException("chromium exited " + p.exitValue() + ": " + Files.readString(err));
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
