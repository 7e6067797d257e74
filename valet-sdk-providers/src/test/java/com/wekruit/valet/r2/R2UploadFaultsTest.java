package com.wekruit.valet.r2;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.InvalidInputException;
import com.wekruit.valet.store.UploadOptions;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/** R2's rules against s3proxy: a part failing mid-upload leaves nothing behind; parts are equal but the last. */
class R2UploadFaultsTest {
  static final int MIB = 1024 * 1024;
  static S3ProxyServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new S3ProxyServer();
    server.store("faults");
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  /** A store whose S3 client passes every request through {@code interceptor}. */
  static R2ObjectStore store(ExecutionInterceptor interceptor) {
    R2ObjectStore.Builder b = R2ObjectStore.builder().accountId("023e105f4ecef8ad9ca31a8372d0c353")
        .credentials(S3ProxyServer.ACCESS, S3ProxyServer.SECRET).bucket("faults").endpoint(server.endpoint());
    return new R2S3Store(b, URI.create(server.endpoint()), c -> c.overrideConfiguration(o ->
        o.addExecutionInterceptor(interceptor)));
  }

  /** A deterministic stream of {@code size} bytes that is never held in memory. */
  static InputStream stream(long size) {
    return new InputStream() {
      long left = size;

      @Override
      public int read() {
        return left-- > 0 ? (int) (left & 0x7f) : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) return -1;
        int n = (int) Math.min(len, left);
        for (int i = 0; i < n; i++) b[off + i] = (byte) ((left - i - 1) & 0x7f);
        left -= n;
        return n;
      }
    };
  }

  @Test
  void aPartFailingMidUpload_leavesNoObjectAndNoIncompleteUpload() {
    ExecutionInterceptor breakPart2 = new ExecutionInterceptor() {
      @Override
      public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest ctx, ExecutionAttributes attrs) {
        SdkHttpRequest r = ctx.httpRequest();
        boolean part2 = r.firstMatchingRawQueryParameter("partNumber").map("2"::equals).orElse(false);
        // a Content-MD5 that cannot match: the server refuses the part (BadDigest)
        return part2 ? r.toBuilder().putHeader("Content-MD5", "AAAAAAAAAAAAAAAAAAAAAA==").build() : r;
      }
    };
    try (R2ObjectStore store = store(breakPart2)) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> store.upload("db/broken.dump",
          stream(14L * MIB), UploadOptions.builder().partSize(5 * MIB).build()));
      assertEquals("BadDigest", e.providerCode());
      assertTrue(e.getMessage().contains("UploadPart 2"), e.getMessage());
      assertTrue(store.head("db/broken.dump").isEmpty(), "no visible object");
      assertTrue(store.incompleteUploads("db/").stream().findAny().isEmpty(), "the upload was aborted");
    }
  }

  @Test
  void everyPartButTheLastHasTheSameLength_asR2Requires() {
    Map<Integer, Long> lengths = new TreeMap<>();
    ExecutionInterceptor record = new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(Context.BeforeTransmission ctx, ExecutionAttributes attrs) {
        SdkHttpRequest r = ctx.httpRequest();
        if (r.firstMatchingRawQueryParameter("partNumber").isEmpty()) return;
        lengths.put(Integer.parseInt(r.firstMatchingRawQueryParameter("partNumber").get()),
            Long.parseLong(r.firstMatchingHeader("Content-Length").orElse("-1")));
        assertTrue(r.firstMatchingHeader("x-amz-checksum-crc32").isEmpty(), "no checksum R2 rejects");
        assertFalse(r.firstMatchingHeader("x-amz-content-sha256").orElse("").startsWith("STREAMING-"),
            "no streaming signature R2 rejects");
      }
    };
    try (R2ObjectStore store = store(record)) {
      var r = store.upload("db/equal.dump", stream(17L * MIB + 11), UploadOptions.builder().partSize(5 * MIB)
          .partsInFlight(3).build());
      assertEquals(4, r.parts());
      assertEquals(Map.of(1, 5L * MIB, 2, 5L * MIB, 3, 5L * MIB, 4, 2L * MIB + 11), lengths);
      assertEquals(17L * MIB + 11, store.head("db/equal.dump").orElseThrow().size());
      store.deleteAll(List.of("db/equal.dump"));
    }
  }
}
