package com.wekruit.valet.r2;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.backup.BackupException;
import com.wekruit.valet.backup.Guard;
import com.wekruit.valet.backup.PgBackup;
import com.wekruit.valet.backup.PgConnection;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The system pg_dump 15 against a real PostgreSQL 17.11 server: refused before anything reaches the store. */
class R2PgBackupVersionTest {
  static PgBed pg17;
  static S3ProxyServer s3;
  static R2ObjectStore store;

  @BeforeAll
  static void start() throws Exception {
    pg17 = PgBed.start17();
    s3 = new S3ProxyServer();
    store = s3.store("v17").build();
  }

  @AfterAll
  static void stop() throws Exception {
    store.close();
    s3.close();
    pg17.close();
  }

  @Test
  void aPgDumpOlderThanTheServer_isRefusedWithAClearMessage_andNothingIsUploaded() throws Exception {
    PgConnection app = pg17.database("app", PgBed.shop(100, 32));
    AtomicInteger events = new AtomicInteger();
    BackupException e = assertThrows(BackupException.class, () -> PgBackup.builder(app, store).minSize(0)
        .listener(x -> events.incrementAndGet()).build().run(Guard.NONE));
    assertEquals(BackupException.Reason.TOOL_TOO_OLD, e.reason());
    assertTrue(e.getMessage().startsWith("pg_dump 15."), e.getMessage());
    assertTrue(e.getMessage().contains("older than the server (PostgreSQL 17.11)"), e.getMessage());
    assertTrue(e.getMessage().contains("install the PostgreSQL 17 client"), e.getMessage());
    assertFalse(e.getMessage().contains(PgBed.PASSWORD));
    assertEquals(0, events.get(), "no dump started");
    assertTrue(store.list("").stream().findAny().isEmpty());
    assertTrue(store.incompleteUploads("").stream().findAny().isEmpty());
  }
}
