package com.wekruit.valet.r2;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.backup.BackupEvent;
import com.wekruit.valet.backup.BackupException;
import com.wekruit.valet.backup.BackupManifest;
import com.wekruit.valet.backup.Guard;
import com.wekruit.valet.backup.PgBackup;
import com.wekruit.valet.backup.PgConnection;
import com.wekruit.valet.store.ObjectInfo;
import com.wekruit.valet.testing.LogCapture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** pg_dump 15 of an embedded PostgreSQL 15 streamed into s3proxy as R2: what a kept backup is made of. */
class R2PgBackupTest {
  static final int MIB = 1024 * 1024;
  static PgBed pg;
  static S3ProxyServer s3;
  static R2ObjectStore store;
  static PgConnection shop;

  @BeforeAll
  static void start() throws Exception {
    pg = PgBed.shared();
    s3 = new S3ProxyServer();
    store = s3.store("backups").build();
    // a dump well above a pipe buffer, so pg_dump is still writing when the first data streams
    shop = pg.database("shop", PgBed.shop(1500, 2048));
  }

  @AfterAll
  static void stop() throws Exception {
    store.close();
    s3.close();
  }

  @Test
  void aBackup_isTheDumpThenItsManifest_withChecksumVersionsTocAndExactRowCounts() throws Exception {
    List<BackupEvent> events = new CopyOnWriteArrayList<>();
    List<String> pgDumpCommandLines = new ArrayList<>();
    PgBackup backup = PgBackup.builder(shop, store).minSize(1024).progressEvery(Duration.ZERO).listener(events::add)
        .listener(e -> {
          if (e instanceof BackupEvent.Progress && pgDumpCommandLines.isEmpty()) {
            pgDumpCommandLines.addAll(childCommandLines());
          }
        }).build();
    BackupManifest m;
    try (LogCapture logs = LogCapture.everything()) {
      m = backup.run(Guard.NONE);
      assertFalse(logs.all().contains(PgBed.PASSWORD), "no password in logs");
    }
    assertTrue(m.key().matches("pg/shop/\\d{4}/\\d{2}/\\d{2}/\\d{8}T\\d{6}Z-[0-9a-f]+\\.dump"), m.key());
    assertEquals(Map.of("public.customers", 1500L, "public.orders", 1500L), m.rowCounts());
    assertTrue(m.pgDumpVersion().contains("15."), m.pgDumpVersion());
    assertTrue(m.serverVersion().contains("15.19"), m.serverVersion());
    byte[] dump;
    try (var content = store.get(m.key())) {
      dump = content.readAllBytes();
    }
    assertEquals(m.sizeBytes(), dump.length);
    assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(dump)), m.sha256());
    assertEquals("PGDMP", new String(dump, 0, 5, StandardCharsets.US_ASCII));
    assertEquals(tocEntriesOf(dump), m.tocEntries());
    String manifest = new String(store.get(m.key().replace(".dump", ".manifest.json")).readAllBytes(),
        StandardCharsets.UTF_8);
    assertTrue(manifest.contains("\"sha256\": \"" + m.sha256() + "\""), manifest);
    assertFalse(manifest.contains(PgBed.PASSWORD));
    assertTrue(pgDumpCommandLines.stream().anyMatch(c -> c.contains("pg_dump") && c.contains("--snapshot=")),
        "pg_dump was running while data streamed: " + pgDumpCommandLines);
    for (String cmd : pgDumpCommandLines) assertFalse(cmd.contains(PgBed.PASSWORD), "no password on a command line");
    assertInstanceOf(BackupEvent.Started.class, events.get(0));
    BackupEvent.Progress last = (BackupEvent.Progress) events.get(events.size() - 1);
    assertEquals(m.sizeBytes(), last.bytes());
    assertFalse(backup.toString().contains(PgBed.PASSWORD));
  }

  @Test
  void aDumpLargerThanAPart_isAMultipartUploadOfEqualParts() {
    PgConnection big = big();
    BackupManifest m = PgBackup.builder(big, store).minSize(MIB).compressLevel(0).upload(5 * MIB, 2).build()
        .run(Guard.NONE);
    assertTrue(m.parts() >= 2, "parts: " + m.parts());
    ObjectInfo info = store.head(m.key()).orElseThrow();
    assertEquals(m.sizeBytes(), info.size());
    assertTrue(info.etag().endsWith("-" + m.parts()), info.etag());
    assertEquals(14_000L, m.rowCounts().get("public.orders"));
  }

  @Test
  void aDumpBelowTheFloor_isAbortedAndLeavesNothing() {
    PgConnection tiny = withDatabase("tiny", "CREATE TABLE t (id int)");
    BackupException e = assertThrows(BackupException.class, () -> PgBackup.builder(tiny, store).minSize(MIB).build()
        .run(Guard.NONE));
    assertEquals(BackupException.Reason.TOO_SMALL, e.reason());
    assertTrue(e.getMessage().contains("below the floor"), e.getMessage());
    assertTrue(store.list("pg/tiny/").stream().findAny().isEmpty(), "no dump and no manifest");
  }

  /** A database whose uncompressed dump spans two 5 MiB parts. */
  static PgConnection big() {
    return bigOn(pg);
  }

  static PgConnection bigOn(PgBed bed) {
    try {
      return bed.databaseOnce("bigshop", PgBed.shop(14_000, 512));
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static PgConnection withDatabase(String db, String... sql) {
    try {
      return pg.database(db, sql);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The TOC entries pg_restore --list sees in {@code dump}, counted here independently of the SDK. */
  static int tocEntriesOf(byte[] dump) throws Exception {
    Path f = Files.createTempFile("dump", ".dump");
    try {
      Files.write(f, dump);
      Process p = new ProcessBuilder("pg_restore", "--list", f.toString()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor());
      return (int) out.lines().filter(l -> !l.isBlank() && !l.startsWith(";")).count();
    } finally {
      Files.deleteIfExists(f);
    }
  }

  /** Command lines of this JVM's running child processes. */
  static List<String> childCommandLines() {
    return ProcessHandle.current().descendants().map(R2PgBackupTest::commandLine).toList();
  }

  /** A process's command line from /proc ("" once it ended). */
  static String commandLine(ProcessHandle p) {
    try {
      return Files.readString(Path.of("/proc", Long.toString(p.pid()), "cmdline")).replace('\0', ' ');
    } catch (java.io.IOException gone) {
      return "";
    }
  }
}
