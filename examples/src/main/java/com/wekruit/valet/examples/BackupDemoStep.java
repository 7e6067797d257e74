package com.wekruit.valet.examples;

import com.wekruit.valet.backup.BackupCatalog;
import com.wekruit.valet.backup.BackupEvent;
import com.wekruit.valet.backup.BackupManifest;
import com.wekruit.valet.backup.BackupVerifier;
import com.wekruit.valet.backup.Guard;
import com.wekruit.valet.backup.PgBackup;
import com.wekruit.valet.backup.PgConnection;
import com.wekruit.valet.backup.Retention;
import com.wekruit.valet.backup.RetentionPlan;
import com.wekruit.valet.backup.Verification;
import com.wekruit.valet.backup.VerifyTier;
import com.wekruit.valet.r2.R2ObjectStore;
import com.wekruit.valet.store.ObjectStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The runbook's backup step on a local stack: pg_dump of an embedded PostgreSQL 15 (the system's pg_dump 15)
 * streamed into an s3proxy bucket standing in for R2, verified (checksum and table of contents), a restore drill into
 * a scratch database with every table's rows compared, and retention's dry run. Runs alone with {@link #main}.
 */
public final class BackupDemoStep {
  private BackupDemoStep() {}

  public static void main(String[] args) throws Exception {
    run(System.out);
  }

  /** Starts its own PostgreSQL and s3proxy, runs the step, stops them. */
  public static void run(PrintStream out) throws Exception {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
      PgConnection shop = seedShop(pg.getPort());
      S3Proxy proxy = S3Proxy.builder().blobStore(new FilesystemNio2BlobStore(Files.createTempDirectory("demo-r2")
          .toAbsolutePath().toString())).endpoint(URI.create("http://127.0.0.1:0"))
          .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "demo-access", "demo-secret").build();
      proxy.start();
      String endpoint = "http://127.0.0.1:" + proxy.getPort();
      try (S3Client s3 = S3Client.builder().endpointOverride(URI.create(endpoint)).region(Region.of("auto"))
          .forcePathStyle(true).httpClient(UrlConnectionHttpClient.create()).credentialsProvider(
              StaticCredentialsProvider.create(AwsBasicCredentials.create("demo-access", "demo-secret"))).build()) {
        s3.createBucket(b -> b.bucket("backups"));
      }
      try (R2ObjectStore r2 = R2ObjectStore.builder().credentials("demo-access", "demo-secret").bucket("backups")
          .endpoint(endpoint).build()) {
        run(shop, r2, out);
      } finally {
        proxy.stop();
      }
    }
  }

  /** Creates the database {@code shop} (customers, orders) on a local server whose {@code postgres} user trusts. */
  public static PgConnection seedShop(int port) throws SQLException {
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/";
    try (Connection c = DriverManager.getConnection(url + "postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE shop");
    }
    try (Connection c = DriverManager.getConnection(url + "shop", "postgres", ""); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL)");
      s.execute("CREATE TABLE orders (id bigint PRIMARY KEY, customer_id int REFERENCES customers, total numeric)");
      s.execute("INSERT INTO customers SELECT g, 'customer ' || g FROM generate_series(1, 5000) g");
      s.execute("INSERT INTO orders SELECT g, 1 + g % 5000, (g % 997) / 10.0 FROM generate_series(1, 40000) g");
    }
    return PgConnection.builder().host("127.0.0.1").port(port).database("shop").user("postgres").build();
  }

  /** Backs up {@code source} into {@code store}, verifies it, drills a restore into {@code <db>_drill}. */
  public static String run(PgConnection source, ObjectStore store, PrintStream out) {
    PgBackup backup = PgBackup.builder(source, store).minSize(16 * 1024).progressEvery(Duration.ofMillis(200))
        .listener(e -> {
          if (e instanceof BackupEvent.Progress p) {
            out.printf("backup: %,d bytes streamed (%,d KB/s)%n", p.bytes(), p.bytesPerSecond() / 1024);
          }
        }).build();
    BackupManifest m = backup.run(Guard.NONE);
    out.printf("backup: %s, %,d bytes, sha256 %s..., %d TOC entries, rows %s%n", m.key(), m.sizeBytes(),
        m.sha256().substring(0, 12), m.tocEntries(), m.rowCounts());
    BackupCatalog catalog = new BackupCatalog(store, backup.keys());
    BackupVerifier verifier = BackupVerifier.builder(catalog)
        .scratch(source.withDatabase(source.database() + "_drill"), source).build();
    Verification toc = verifier.verify(m, VerifyTier.TOC, Guard.NONE);
    out.printf("verify: size and SHA-256 match, pg_restore --list read %d entries as recorded%n", toc.tocEntries());
    Verification drill = verifier.verify(m, VerifyTier.RESTORE, Guard.NONE);
    out.printf("drill: restored into %s_drill, rows %s match the manifest, scratch dropped (%d ms)%n",
        source.database(), drill.restoredRows(), drill.durationMillis());
    RetentionPlan plan = Retention.builder(catalog).build().plan();
    out.printf("retention (dry run): keep %d, delete %d backups, %d leftovers, %d orphaned uploads%n",
        plan.keep().size(), plan.expire().size(), plan.leftovers().size(), plan.orphanUploads().size());
    return String.format("%,d bytes, verified (TOC %d), drill restored rows %s", m.sizeBytes(), toc.tocEntries(),
        drill.restoredRows());
  }
}
