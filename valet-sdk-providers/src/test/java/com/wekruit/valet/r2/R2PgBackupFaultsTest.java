package com.wekruit.valet.r2;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.backup.BackupEvent;
import com.wekruit.valet.backup.BackupException;
import com.wekruit.valet.backup.BackupSettings;
import com.wekruit.valet.backup.Guard;
import com.wekruit.valet.backup.PgBackup;
import com.wekruit.valet.backup.PgConnection;
import com.wekruit.valet.backup.PgTools;
import com.wekruit.valet.error.ValetApiException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/** Every way a dump can fail after its upload started: afterwards no dump object, no manifest, no open upload. */
class R2PgBackupFaultsTest {
  static final int MIB = 1024 * 1024;
  static PgBed pg;
  static S3ProxyServer s3;
  static R2ObjectStore plain;
  static PgConnection big;

  @BeforeAll
  static void start() throws Exception {
    pg = PgBed.shared();
    s3 = new S3ProxyServer();
    plain = s3.store("faults").build();
    big = R2PgBackupTest.bigOn(pg);
  }

  @AfterAll
  static void stop() throws Exception {
    plain.close();
    s3.close();
  }

  @AfterEach
  void nothingVisibleRemains() {
    assertTrue(plain.list("pg/").stream().findAny().isEmpty(), "no dump object and no manifest");
    assertTrue(plain.incompleteUploads("pg/").stream().findAny().isEmpty(), "no open multipart upload");
    assertTrue(R2PgBackupTest.childCommandLines().stream().noneMatch(c -> c.contains("--snapshot=")),
        "pg_dump is not left running");
  }

  static BackupSettings.Builder backup(R2ObjectStore store) {
    return PgBackup.builder(big, store).minSize(MIB).compressLevel(0).upload(5 * MIB, 2);
  }

  @Test
  void pgDumpKilledMidStream_abortsTheUpload() {
    AtomicBoolean killed = new AtomicBoolean();
    PgBackup b = backup(plain).progressEvery(Duration.ZERO).listener(e -> {
      if (e instanceof BackupEvent.Progress p && p.bytes() > 2 * MIB && killed.compareAndSet(false, true)) {
        ProcessHandle.current().descendants().filter(h -> R2PgBackupTest.commandLine(h).contains("--snapshot="))
            .forEach(ProcessHandle::destroyForcibly);
      }
    }).build();
    BackupException e = assertThrows(BackupException.class, () -> b.run(Guard.NONE));
    assertTrue(killed.get());
    assertEquals(BackupException.Reason.TOOL_FAILED, e.reason());
    assertTrue(e.getMessage().contains("pg_dump exited 137 (killed by signal 9)"), e.getMessage());
  }

  @Test
  void pgDumpExiting1AfterItsWholeOutput_abortsTheUpload() throws Exception {
    Path bin = Files.createTempDirectory("pgbin");
    Path dump = bin.resolve("pg_dump");
    Files.writeString(dump, "#!/bin/sh\n[ \"$1\" = --version ] && exec /usr/bin/pg_dump --version\n"
        + "/usr/bin/pg_dump \"$@\"\necho 'pg_dump: error: simulated late failure' >&2\n"
        + "exit 1\n");
    Files.setPosixFilePermissions(dump, PosixFilePermissions.fromString("rwx------"));
    Files.createSymbolicLink(bin.resolve("pg_restore"), Path.of("/usr/bin/pg_restore"));
    BackupException e = assertThrows(BackupException.class, () -> backup(plain).tools(PgTools.in(bin)).build()
        .run(Guard.NONE));
    assertEquals(BackupException.Reason.TOOL_FAILED, e.reason());
    assertTrue(e.getMessage().contains("pg_dump exited 1: pg_dump: error: simulated late failure"), e.getMessage());
  }

  @Test
  void theStoreFailingAPart_abortsTheUploadAndStopsPgDump() {
    try (R2ObjectStore store = storeRewriting(r -> r.firstMatchingRawQueryParameter("partNumber").map("2"::equals)
        .orElse(false), r -> r.putHeader("Content-MD5", "AAAAAAAAAAAAAAAAAAAAAA=="))) {
      ValetApiException e = assertThrows(ValetApiException.class, () -> backup(store).build().run(Guard.NONE));
      assertEquals("BadDigest", e.providerCode());
    }
  }

  @Test
  void theStoreFailingTheCompletion_abortsTheUpload() {
    try (R2ObjectStore store = storeRewriting(r -> r.method().name().equals("POST")
        && r.firstMatchingRawQueryParameter("uploadId").isPresent(), r -> r.putRawQueryParameter("uploadId", "gone"))) {
      ValetApiException e = assertThrows(ValetApiException.class, () -> backup(store).build().run(Guard.NONE));
      assertTrue(e.getMessage().contains("CompleteMultipartUpload") || e.providerCode().equals("NoSuchUpload"),
          e.getMessage());
    }
  }

  /** A store whose requests matching {@code which} are changed by {@code how} before they are sent. */
  static R2ObjectStore storeRewriting(Predicate<SdkHttpRequest> which, UnaryOperator<SdkHttpRequest.Builder> how) {
    ExecutionInterceptor interceptor = new ExecutionInterceptor() {
      @Override
      public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest ctx, ExecutionAttributes attrs) {
        SdkHttpRequest r = ctx.httpRequest();
        return which.test(r) ? how.apply(r.toBuilder()).build() : r;
      }
    };
    R2ObjectStore.Builder b = R2ObjectStore.builder().accountId("023e105f4ecef8ad9ca31a8372d0c353")
        .credentials(S3ProxyServer.ACCESS, S3ProxyServer.SECRET).bucket("faults").endpoint(s3.endpoint());
    return new R2S3Store(b, URI.create(s3.endpoint()), c -> c.overrideConfiguration(o ->
        o.addExecutionInterceptor(interceptor)));
  }
}
