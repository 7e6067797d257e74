package com.wekruit.valet.r2;

import static org.junit.jupiter.api.Assertions.*;

import com.wekruit.valet.backup.BackupCatalog;
import com.wekruit.valet.backup.BackupManifest;
import com.wekruit.valet.backup.BackupVerifier;
import com.wekruit.valet.backup.Guard;
import com.wekruit.valet.backup.PgBackup;
import com.wekruit.valet.backup.PgConnection;
import com.wekruit.valet.backup.Retention;
import com.wekruit.valet.backup.RetentionPlan;
import com.wekruit.valet.backup.VerifyTier;
import com.wekruit.valet.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** Retention over real backups in s3proxy: 30 days, but never fewer than N newer verified ones; leftovers cleaned. */
class R2RetentionTest {
  static PgBed pg;
  static S3ProxyServer s3;
  static R2ObjectStore store;
  static PgConnection db;

  @BeforeAll
  static void start() throws Exception {
    pg = PgBed.shared();
    s3 = new S3ProxyServer();
    store = s3.store("retention").build();
    db = pg.database("kept", PgBed.shop(50, 16));
  }

  @AfterAll
  static void stop() throws Exception {
    store.close();
    s3.close();
  }

  @Test
  void oldBackupsGo_onlyWhileEnoughNewerVerifiedOnesRemain_andLeftoversAreCleaned() {
    Instant now = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    FakeTime time = new FakeTime(now);
    PgBackup backup = PgBackup.builder(db, store).minSize(0).clock(time).build();
    BackupCatalog catalog = new BackupCatalog(store, backup.keys());
    int[] ages = {40, 39, 38, 37, 36, 2, 1};
    List<BackupManifest> made = new ArrayList<>();
    for (int age : ages) {
      FakeTime at = new FakeTime(now.minus(Duration.ofDays(age)));
      made.add(PgBackup.builder(db, store).minSize(0).clock(at).build().run(Guard.NONE));
    }
    Retention retention = Retention.builder(catalog).minKeep(3).clock(time).build();
    assertTrue(retention.plan().expire().isEmpty(), "nothing verified yet: every old backup stays");

    BackupVerifier verifier = BackupVerifier.builder(catalog).build();
    for (int i : new int[] {2, 4, 6}) verifier.verify(made.get(i), VerifyTier.TOC, Guard.NONE);
    String leftover = backup.keys().dumpKey(now.minus(Duration.ofDays(3)), "abandoned");
    store.put(leftover, new byte[100], "application/octet-stream");
    try (S3Client raw = s3.rawClient()) {
      raw.createMultipartUpload(b -> b.bucket("retention").key(backup.keys().root() + "orphan.dump"));
    }

    RetentionPlan plan = retention.plan();
    assertEquals(List.of(made.get(1).key(), made.get(0).key()), plan.expire(), "40 and 39 days old");
    assertEquals(5, plan.keep().size());
    assertEquals(List.of(leftover), plan.leftovers());
    assertEquals(1, plan.orphanUploads().size());
    assertEquals(ages.length, catalog.backups().size(), "the plan deleted nothing");

    retention.apply(plan, Guard.NONE);
    assertEquals(made.subList(2, ages.length), catalog.backups());
    Set<String> left = new java.util.HashSet<>();
    store.list(backup.keys().root()).forEach(o -> left.add(o.key()));
    for (BackupManifest gone : made.subList(0, 2)) {
      assertFalse(left.contains(gone.key()));
      assertFalse(left.contains(gone.key().replace(".dump", ".manifest.json")));
    }
    assertFalse(left.contains(leftover));
    assertTrue(store.incompleteUploads(backup.keys().root()).stream().findAny().isEmpty());
    assertTrue(retention.plan().deletesNothing(), "a second run finds nothing more");
  }
}
