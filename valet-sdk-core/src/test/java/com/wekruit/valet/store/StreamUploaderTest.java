package com.wekruit.valet.store;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.ValetClientException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The multipart engine: equal parts, bounded buffers, hashing, single put for small streams, abort on any failure. */
class StreamUploaderTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private final StreamUploader uploader = new StreamUploader(pool);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  static byte[] data(int n) {
    byte[] b = new byte[n];
    new Random(n).nextBytes(b);
    return b;
  }

  static UploadOptions parts(int size, int inFlight) {
    return UploadOptions.builder().allowSmallPartsForTests(size).partsInFlight(inFlight).build();
  }

  static String sha(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  @Test
  void everyPartButTheLastHasThePartSize_andTheObjectIsTheStream() throws Exception {
    byte[] in = data(10_337);
    MemoryTarget t = new MemoryTarget(n -> false);
    UploadResult r = uploader.upload("k", new ByteArrayInputStream(in), parts(1000, 3), t);
    assertEquals(11, r.parts());
    for (int i = 1; i <= 10; i++) assertEquals(1000, t.parts.get(i).length, "part " + i);
    assertEquals(337, t.parts.get(11).length);
    assertArrayEquals(in, t.object);
    assertEquals(sha(in), r.sha256());
    assertEquals(10_337, r.size());
    assertTrue(t.maxInFlight.get() <= 3, "parts in flight: " + t.maxInFlight);
    assertTrue(t.buffers.size() <= 4, "buffers: " + t.buffers.size());
  }

  @Test
  void anExactMultiple_hasNoEmptyTrailingPart() throws Exception {
    byte[] in = data(3000);
    MemoryTarget t = new MemoryTarget(n -> false);
    UploadResult r = uploader.upload("k", new ByteArrayInputStream(in), parts(1000, 2), t);
    assertEquals(3, r.parts());
    assertEquals(List.of("create", "complete 3"), t.calls);
    assertArrayEquals(in, t.object);
  }

  @Test
  void aStreamShorterThanAPart_isOnePut() throws Exception {
    byte[] in = data(999);
    MemoryTarget t = new MemoryTarget(n -> false);
    UploadResult r = uploader.upload("k", new ByteArrayInputStream(in), parts(1000, 2), t);
    assertEquals(0, r.parts());
    assertEquals(List.of("put"), t.calls);
    assertEquals(sha(in), r.sha256());
    MemoryTarget empty = new MemoryTarget(n -> false);
    assertEquals(0, uploader.upload("e", InputStream.nullInputStream(), parts(1000, 2), empty).size());
  }

  @Test
  void aFailedPart_abortsAndStopsReading() {
    CountingStream in = new CountingStream(new ByteArrayInputStream(data(100_000)));
    long[] readWhenItFailed = new long[1];
    MemoryTarget t = new MemoryTarget(n -> {
      if (n == 3) readWhenItFailed[0] = in.read;
      return n == 3;
    });
    ValetClientException e = assertThrows(ValetClientException.class,
        () -> uploader.upload("k", in, parts(1000, 2), t));
    assertTrue(e.getMessage().contains("part 3"), e.getMessage());
    assertEquals("abort", t.calls.get(t.calls.size() - 1));
    assertFalse(t.calls.stream().anyMatch(c -> c.startsWith("complete")));
    assertTrue(in.read - readWhenItFailed[0] <= 2_000 + 8_192,
        "read at most the part being filled (and one read buffer) after the failure: " + in.read + " vs "
            + readWhenItFailed[0]);
  }

  @Test
  void aFailingSource_abortsWithATypedError() {
    MemoryTarget t = new MemoryTarget(n -> false);
    InputStream broken = new InputStream() {
      int n;

      @Override
      public int read() throws IOException {
        if (++n > 2500) throw new IOException("pg_dump died");
        return 7;
      }
    };
    UploadAbortedException e = assertThrows(UploadAbortedException.class,
        () -> uploader.upload("k", broken, parts(1000, 2), t));
    assertTrue(e.getMessage().contains("pg_dump died"), e.getMessage());
    assertEquals("abort", t.calls.get(t.calls.size() - 1));
  }

  @Test
  void theCompletionCheck_canRefuse() {
    MemoryTarget t = new MemoryTarget(n -> false);
    UploadOptions o = UploadOptions.builder().allowSmallPartsForTests(1000).completeIf(s -> s.size() > 1_000_000)
        .build();
    assertThrows(UploadAbortedException.class, () -> uploader.upload("k", new ByteArrayInputStream(data(5000)), o, t));
    assertEquals(List.of("create", "abort"), t.calls);
    assertNull(t.object);
  }

  @Test
  void moreThanTenThousandParts_isRefusedAndAborted() {
    MemoryTarget t = new MemoryTarget(n -> false);
    UploadAbortedException e = assertThrows(UploadAbortedException.class,
        () -> uploader.upload("k", new ByteArrayInputStream(new byte[10_001]), parts(1, 4), t));
    assertTrue(e.getMessage().contains("raise partSize"), e.getMessage());
    assertEquals("abort", t.calls.get(t.calls.size() - 1));
  }

  @Test
  void realPartsAreAtLeastFiveMiB() {
    assertThrows(IllegalArgumentException.class, () -> UploadOptions.builder().partSize(1024));
    assertEquals(48L * 1024 * 1024, (long) UploadOptions.defaults().partSize() * (UploadOptions.defaults()
        .partsInFlight() + 1), "default buffers");
  }

  /** Counts bytes handed out. */
  static final class CountingStream extends java.io.FilterInputStream {
    volatile long read;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) read += n;
      return n;
    }
  }
}
