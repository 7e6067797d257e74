package com.wekruit.valet.bench;

import com.wekruit.valet.backup.BackupManifest;
import com.wekruit.valet.backup.Guard;
import com.wekruit.valet.backup.PgBackup;
import com.wekruit.valet.backup.PgConnection;
import com.wekruit.valet.r2.R2ObjectStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.openjdk.jmh.annotations.*;

/**
 * A whole logical backup of a generated database of {@link #sizeMb} MiB (table size): {@code pg_dump -Fc} to
 * /dev/null (the floor) beside the SDK's {@link PgBackup} streaming the same dump into s3proxy (filesystem store) as
 * R2, with and without exact row counts. Each op is one full dump (single shot). The database is generated once per
 * size into {@code target/bench-pg-<size>} and reused by every fork. Heap high-water marks are printed at tear-down
 * ({@code HEAP_PEAK}, client and the in-process s3proxy together).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PgBackupBench {
  static final int MIB = 1024 * 1024;
  @Param("1024")
  public int sizeMb;
  private EmbeddedPostgres pg;
  private S3Proxy proxy;
  private R2ObjectStore store;
  private PgConnection source;
  private long tableBytes;

  @Setup(Level.Trial)
  public void start() throws Exception {
    Path data = Path.of("target", "bench-pg-" + sizeMb).toAbsolutePath();
    pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
    try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS bench (id bigint PRIMARY KEY, payload text NOT NULL)");
      long rows = (long) sizeMb * MIB / 600;
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM bench")) {
        r.next();
        if (r.getLong(1) != rows) {
          s.execute("TRUNCATE bench");
          s.execute("INSERT INTO bench SELECT g, (SELECT string_agg(md5(g::text || ':' || k), '') FROM"
              + " generate_series(1, 16) k) FROM generate_series(1, " + rows + ") g");
          s.execute("VACUUM ANALYZE bench");
        }
      }
      try (ResultSet r = s.executeQuery("SELECT pg_total_relation_size('bench')")) {
        r.next();
        tableBytes = r.getLong(1);
      }
    }
    source = PgConnection.builder().host("127.0.0.1").port(pg.getPort()).database("postgres").user("postgres")
        .build();
    Path blobs = Files.createTempDirectory("pgbench-s3").toAbsolutePath();
    proxy = S3Proxy.builder().blobStore(new FilesystemNio2BlobStore(blobs.toString()))
        .endpoint(URI.create("http://127.0.0.1:0")).awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "ak", "sk")
        .build();
    proxy.start();
    String endpoint = "http://127.0.0.1:" + proxy.getPort();
    try (var s3 = software.amazon.awssdk.services.s3.S3Client.builder().endpointOverride(URI.create(endpoint))
        .region(software.amazon.awssdk.regions.Region.of("auto")).forcePathStyle(true)
        .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
        .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
            software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("ak", "sk"))).build()) {
      s3.createBucket(b -> b.bucket("bench"));
    }
    store = R2ObjectStore.builder().credentials("ak", "sk").bucket("bench").endpoint(endpoint).build();
    System.out.println("TABLE_BYTES " + tableBytes);
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
  }

  @TearDown(Level.Trial)
  public void stop(org.openjdk.jmh.infra.BenchmarkParams params) throws Exception {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
    }
    System.out.println("HEAP_PEAK " + params.getBenchmark() + " " + peak / MIB + " MiB (client and s3proxy)");
    store.close();
    proxy.stop();
    pg.close();
  }

  /** Floor: pg_dump -Fc with its default compression, output discarded. */
  @Benchmark
  public int pgDumpToDevNull() throws Exception {
    ProcessBuilder pb = new ProcessBuilder(List.of("pg_dump", "--format=custom", "--no-password"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.environment().putAll(java.util.Map.of("PGHOST", "127.0.0.1", "PGPORT", Integer.toString(pg.getPort()),
        "PGUSER", "postgres", "PGDATABASE", "postgres"));
    int exit = pb.start().waitFor();
    if (exit != 0) throw new IllegalStateException("pg_dump exited " + exit);
    return exit;
  }

  /** The SDK: the same dump streamed to s3proxy in 16 MiB parts, 2 in flight, with exact row counts. */
  @Benchmark
  public long sdkBackupToS3proxy() {
    return backup(true);
  }

  /** The SDK without the row counts (no concurrent count(*) on the source). */
  @Benchmark
  public long sdkBackupNoRowCounts() {
    return backup(false);
  }

  private long backup(boolean rowCounts) {
    BackupManifest m = PgBackup.builder(source, store).minSize(MIB).rowCounts(rowCounts).build().run(Guard.NONE);
    store.delete(m.key());
    store.delete(m.key().replace(".dump", ".manifest.json"));
    System.out.println("DUMP_BYTES " + m.sizeBytes() + " parts " + m.parts());
    return m.sizeBytes();
  }
}
