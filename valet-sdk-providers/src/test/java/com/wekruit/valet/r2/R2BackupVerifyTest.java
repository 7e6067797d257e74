package com.wekruit.valet.r2;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.backup.BackupCatalog;
import com.wekruit.valet.backup.BackupException;
import com.wekruit.valet.backup.BackupManifest;
import com.wekruit.valet.backup.BackupVerifier;
import com.wekruit.valet.backup.Guard;
import com.wekruit.valet.backup.PgBackup;
import com.wekruit.valet.backup.PgConnection;
import com.wekruit.valet.backup.Verification;
import com.wekruit.valet.backup.VerifyTier;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The three verification tiers against a real dump in s3proxy, the third a restore drill on a real server. */
class R2BackupVerifyTest {
  static PgBed pg;
  static S3ProxyServer s3;
  static R2ObjectStore store;
  static PgConnection shop;
  static BackupManifest m;
  static BackupCatalog catalog;

  @BeforeAll
  static void start() throws Exception {
    pg = PgBed.shared();
    s3 = new S3ProxyServer();
    store = s3.store("verify").build();
    shop = pg.database("verifyshop", PgBed.shop(1200, 64));
    PgBackup backup = PgBackup.builder(shop, store).minSize(1024).build();
    m = backup.run(Guard.NONE);
    catalog = new BackupCatalog(store, backup.keys());
  }

  @AfterAll
  static void stop() throws Exception {
    store.close();
    s3.close();
  }

  BackupVerifier verifier(String scratch) {
    return BackupVerifier.builder(catalog).scratch(shop.withDatabase(scratch), shop).build();
  }

  @Test
  void theCatalogListsTheBackupWithItsManifest() {
    assertEquals(java.util.List.of(m), catalog.backups());
    assertEquals(m, catalog.latest().orElseThrow());
  }

  @Test
  void tierTwo_readsTheTocBackAsRecorded_andRecordsTheVerification() {
    Verification v = verifier("verifyshop_scratch").verify(m, VerifyTier.TOC, Guard.NONE);
    assertEquals(VerifyTier.TOC, v.tier());
    assertEquals(m.tocEntries(), v.tocEntries());
    assertTrue(v.tocEntries() >= 6, "tables, data, keys: " + v.tocEntries());
    assertEquals(v, catalog.verification(m.key()).orElseThrow());
  }

  @Test
  void aRestoreDrill_roundTripsEveryRow_andDropsTheScratchDatabase() throws Exception {
    Verification v = verifier("verifyshop_drill").verify(m, VerifyTier.RESTORE, Guard.NONE);
    assertEquals(m.rowCounts(), v.restoredRows());
    assertEquals(1200L, v.restoredRows().get("public.orders"));
    assertFalse(databaseExists("verifyshop_drill"), "scratch dropped");
  }

  @Test
  void aScratchDatabaseEqualToTheSource_isRefused() throws Exception {
    BackupException e = assertThrows(BackupException.class, () -> verifier("verifyshop").verify(m,
        VerifyTier.RESTORE, Guard.NONE));
    assertEquals(BackupException.Reason.REFUSED, e.reason());
    assertEquals(1200L, count("verifyshop", "orders"), "the source is untouched");
  }

  @Test
  void aDrillWhoseRowsDifferFromTheManifest_fails_andStillDropsTheScratchDatabase() throws Exception {
    BackupManifest lying = new BackupManifest(m.formatVersion(), m.key(), m.database(), m.sizeBytes(), m.sha256(),
        m.etag(), m.partSize(), m.parts(), m.pgDumpVersion(), m.serverVersion(), m.tocEntries(),
        java.util.Map.of("public.customers", 1200L, "public.orders", 1201L), m.startedAt(), m.finishedAt());
    BackupException e = assertThrows(BackupException.class, () -> verifier("verifyshop_drill2").verify(lying,
        VerifyTier.RESTORE, Guard.NONE));
    assertEquals(BackupException.Reason.DRILL_FAILED, e.reason());
    assertTrue(e.getMessage().contains("public.orders 1200 (manifest 1201)"), e.getMessage());
    assertFalse(databaseExists("verifyshop_drill2"));
  }

  @Test
  void anObjectThatNoLongerMatchesItsManifest_failsTierOne() {
    PgBackup other = PgBackup.builder(shop, store).prefix("tampered").minSize(1024).build();
    BackupManifest t = other.run(Guard.NONE);
    byte[] bytes = store.get(t.key()).readAllBytes();
    bytes[bytes.length / 2] ^= 1;
    store.put(t.key(), bytes, "application/octet-stream");
    BackupException e = assertThrows(BackupException.class, () -> BackupVerifier.builder(new BackupCatalog(store,
        other.keys())).build().verify(t, VerifyTier.CHECKSUM, Guard.NONE));
    assertEquals(BackupException.Reason.MISMATCH, e.reason());
    assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());
    assertTrue(store.head(t.key().replace(".dump", ".verified.json")).isEmpty(), "no verification recorded");
    assertFalse(new String(store.get(t.key().replace(".dump", ".manifest.json")).readAllBytes(),
        StandardCharsets.UTF_8).isEmpty());
  }

  static boolean databaseExists(String db) throws Exception {
    try (Connection c = pg.superuser("postgres"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'")) {
      return r.next();
    }
  }

  static long count(String db, String table) throws Exception {
    try (Connection c = pg.superuser(db); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
