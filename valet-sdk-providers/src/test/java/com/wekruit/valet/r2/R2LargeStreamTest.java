package com.wekruit.valet.r2;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 200 MB stream uploaded by a child JVM limited to 96 MB of heap: it can only pass if memory stays bounded (8 MiB
 * parts, 2 in flight: 24 MiB of buffers). The child reports the heap's peak, printed here for the record.
 */
class R2LargeStreamTest {
  static final long SIZE = 200L * 1000 * 1000;
  static final int PART = 8 * 1024 * 1024;
  static S3ProxyServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new S3ProxyServer();
    server.store("large");
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void twoHundredMegabytes_inNinetySixMegabytesOfHeap() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process p = new ProcessBuilder(List.of(java, "-Xmx96m", "-XX:+UseSerialGC", "-cp", cp,
        R2HeapProbe.class.getName(), server.endpoint(), S3ProxyServer.ACCESS, S3ProxyServer.SECRET, "large",
        "pg/big.dump", String.valueOf(SIZE), String.valueOf(PART), "2")).redirectErrorStream(true).start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child finished");
    assertEquals(0, p.exitValue(), out);
    String line = out.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElseThrow(() -> new AssertionError(out));
    String[] f = line.split(" ");
    assertEquals(SIZE, Long.parseLong(f[1]));
    assertEquals(24, Integer.parseInt(f[2]), "ceil(200 MB / 8 MiB) parts");
    assertEquals(expectedSha(), f[3]);
    long peak = Long.parseLong(f[5]);
    System.out.println("200 MB upload, 8 MiB parts x 2 in flight: peak heap " + peak / (1024 * 1024) + " MiB of "
        + Long.parseLong(f[7]) / (1024 * 1024) + " MiB max");
    assertTrue(peak < SIZE / 2, "peak heap " + peak + " is far below the stream size");
    try (R2ObjectStore store = R2ObjectStore.builder().credentials(S3ProxyServer.ACCESS,
        S3ProxyServer.SECRET).bucket("large").endpoint(server.endpoint()).build()) {
      assertEquals(SIZE, store.head("pg/big.dump").orElseThrow().size());
      assertTrue(store.incompleteUploads("").stream().findAny().isEmpty());
    }
  }

  private static String expectedSha() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    byte[] buf = new byte[1 << 16];
    try (InputStream in = R2UploadFaultsTest.stream(SIZE)) {
      for (int n; (n = in.read(buf)) > 0; ) sha.update(buf, 0, n);
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
