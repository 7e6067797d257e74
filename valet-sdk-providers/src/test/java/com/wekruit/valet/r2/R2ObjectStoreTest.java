package com.wekruit.valet.r2;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.error.NotFoundException;
import com.wekruit.valet.store.DeleteResult;
import com.wekruit.valet.store.IncompleteUpload;
import com.wekruit.valet.store.ObjectContent;
import com.wekruit.valet.store.ObjectInfo;
import com.wekruit.valet.store.UploadOptions;
import com.wekruit.valet.store.UploadResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The R2 store against an in-process s3proxy: every ObjectStore operation end to end. */
class R2ObjectStoreTest {
  static final int MIB = 1024 * 1024;
  static S3ProxyServer server;
  static R2ObjectStore store;

  @BeforeAll
  static void start() throws Exception {
    server = new S3ProxyServer();
    store = server.store("backups").build();
  }

  @AfterAll
  static void stop() throws Exception {
    store.close();
    server.close();
  }

  static byte[] data(int n) {
    byte[] b = new byte[n];
    new Random(n).nextBytes(b);
    return b;
  }

  @Test
  void putGetHeadListDelete() {
    ObjectInfo put = store.put("docs/a.txt", "hello".getBytes(StandardCharsets.UTF_8), "text/plain");
    assertEquals(5, put.size());
    store.put("docs/b.txt", new byte[0], "text/plain");
    store.put("other/c.txt", new byte[3], "text/plain");
    try (ObjectContent c = store.get("docs/a.txt")) {
      assertEquals("hello", new String(c.readAllBytes(), StandardCharsets.UTF_8));
      assertEquals("text/plain", c.info().contentType());
      assertEquals(put.etag(), c.info().etag());
    }
    assertEquals(5, store.head("docs/a.txt").orElseThrow().size());
    assertTrue(store.head("docs/missing").isEmpty());
    assertEquals(List.of("docs/a.txt", "docs/b.txt"), store.list("docs/").stream().map(ObjectInfo::key).toList());
    store.delete("docs/a.txt");
    store.delete("docs/never-there");
    NotFoundException e = assertThrows(NotFoundException.class, () -> store.get("docs/a.txt"));
    assertEquals("NoSuchKey", e.providerCode());
    DeleteResult d = store.deleteAll(List.of("docs/b.txt", "other/c.txt"));
    assertTrue(d.allDeleted(), d.toString());
    assertEquals(0, store.list("").stream().filter(o -> !o.key().startsWith("big/")).count());
  }

  @Test
  void upload_streamsEqualPartsAndHashes() throws Exception {
    byte[] in = data(12 * MIB + 123);
    UploadResult r = store.upload("big/dump.bin", new ByteArrayInputStream(in),
        UploadOptions.builder().partSize(5 * MIB).contentType("application/octet-stream").build());
    assertEquals(3, r.parts());
    assertEquals(in.length, r.size());
    assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(in)),
        r.sha256());
    try (ObjectContent c = store.get("big/dump.bin")) {
      assertArrayEquals(in, c.readAllBytes());
    }
    assertTrue(r.etag().endsWith("-3"), "multipart etag: " + r.etag());
  }

  @Test
  void incompleteUploads_areListedAndAborted() {
    try (var s3 = server.rawClient()) {
      String id = s3.createMultipartUpload(b -> b.bucket("backups").key("crashed/x.dump")).uploadId();
      List<IncompleteUpload> open = store.incompleteUploads("crashed/").stream().toList();
      assertEquals(List.of(id), open.stream().map(IncompleteUpload::uploadId).toList());
      store.abort(open.get(0));
      assertTrue(store.incompleteUploads("crashed/").stream().findAny().isEmpty());
      store.abort(open.get(0)); // gone already: still fine
    }
  }

  @Test
  void fromEnv_readsTheR2Variables() {
    try (R2ObjectStore s = R2ObjectStore.fromEnv(Map.of("R2_ACCOUNT_ID", "023e105f4ecef8ad9ca31a8372d0c353",
        "R2_ACCESS_KEY_ID", S3ProxyServer.ACCESS, "R2_SECRET_ACCESS_KEY", S3ProxyServer.SECRET, "R2_BUCKET",
        "backups", "R2_ENDPOINT", server.endpoint())::get)) {
      assertEquals("backups", s.bucket());
      assertFalse(s.toString().contains(S3ProxyServer.SECRET));
    }
    assertThrows(IllegalStateException.class, () -> R2ObjectStore.fromEnv(Map.<String, String>of()::get));
  }

  @Test
  void wrongSecret_isForbidden_andNoCredentialShows() {
    String wrong = "r2-wrong-secret-7c1e0b9d5a4f3e2d1c0b9a8f7e6d5c4b";
    try (R2ObjectStore s = R2ObjectStore.builder().credentials(S3ProxyServer.ACCESS, wrong).bucket("backups")
        .endpoint(server.endpoint()).build()) {
      com.wekruit.valet.error.ValetApiException e = assertThrows(com.wekruit.valet.error.ValetApiException.class,
          () -> s.put("x", new byte[1], "text/plain"));
      assertEquals(403, e.statusCode());
      for (String text : List.of(e.getMessage(), String.valueOf(e.getCause()), s.toString())) {
        assertFalse(text.contains(wrong) || text.contains(S3ProxyServer.ACCESS), text);
      }
    }
  }

  @Test
  void endpoints_followTheAccountAndJurisdiction() {
    assertEquals("https://abc.r2.cloudflarestorage.com", R2Jurisdiction.DEFAULT.endpoint("abc"));
    assertEquals("https://abc.eu.r2.cloudflarestorage.com", R2Jurisdiction.EU.endpoint("abc"));
    assertThrows(IllegalArgumentException.class, () -> R2ObjectStore.builder().credentials("a", "b").bucket("x")
        .endpoint("http://r2.example.com").build());
  }
}
