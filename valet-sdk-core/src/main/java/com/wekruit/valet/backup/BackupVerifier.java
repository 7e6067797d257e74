package com.wekruit.valet.backup;

import com.wekruit.valet.http.Ticker;
import com.wekruit.valet.internal.Digests;
import com.wekruit.valet.store.ObjectContent;
import com.wekruit.valet.store.ObjectInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies backups by tier ({@link VerifyTier}) and records a passed verification beside the backup. Tier 3 is a
 * restore drill ({@link RestoreDrill}) into a scratch database that must not be the source. Thread-safe; verify one
 * backup per call.
 */
public final class BackupVerifier {
  private final BackupCatalog catalog;
  private final PgTools tools;
  private final RestoreDrill drill;
  private final Path workDir;
  private final Duration toolTimeout;
  private final Clock clock;
  private final Ticker ticker;

  private BackupVerifier(Builder b) {
    this.catalog = b.catalog;
    this.tools = b.tools;
    this.drill = b.scratch == null ? null : new RestoreDrill(b.scratch, b.source, tools, b.toolTimeout);
    this.workDir = b.workDir;
    this.toolTimeout = b.toolTimeout;
    this.clock = b.clock;
    this.ticker = b.ticker;
  }

  public static Builder builder(BackupCatalog catalog) {
    return new Builder(catalog);
  }

  /**
   * Verifies the backup of {@code m} up to {@code tier}; on success writes its {@code .verified.json} (after asking
   * the guard) and returns it.
   *
   * @throws BackupException ({@code MISMATCH}, {@code TOOL_FAILED}, {@code DRILL_FAILED}, {@code REFUSED}) on failure
   */
  public Verification verify(BackupManifest m, VerifyTier tier, Guard guard) {
    long t0 = ticker.nanos();
    ObjectInfo head = catalog.store().head(m.key()).orElseThrow(() -> new BackupException(
        BackupException.Reason.MISMATCH, m.key() + " is listed in its manifest but missing from the store", null));
    if (head.size() != m.sizeBytes()) {
      throw new BackupException(BackupException.Reason.MISMATCH, m.key() + " has " + head.size()
          + " bytes, its manifest says " + m.sizeBytes(), null);
    }
    Path file = null;
    try {
      if (tier != VerifyTier.CHECKSUM) file = Files.createTempFile(workDir, "valet-verify-", ".dump");
      checkDigest(m, file);
      int toc = 0;
      Map<String, Long> rows = Map.of();
      if (file != null) {
        try (TocLister lister = TocLister.ofFile(tools.pgRestore(), file)) {
          toc = lister.finish(toolTimeout);
        }
        if (toc != m.tocEntries()) {
          throw new BackupException(BackupException.Reason.MISMATCH, "pg_restore --list read " + toc
              + " TOC entries from " + m.key() + ", its manifest recorded " + m.tocEntries(), null);
        }
      }
      if (tier == VerifyTier.RESTORE) {
        if (drill == null) throw new IllegalStateException("a restore drill needs scratch(...) on the builder");
        rows = drill.run(m, file, guard);
      }
      Verification v = new Verification(m.key(), tier, clock.instant(), m.sizeBytes(), m.sha256(), toc, rows,
          Duration.ofNanos(ticker.nanos() - t0).toMillis());
      guard.ensureHeld();
      catalog.store().put(BackupKeys.verifiedKey(m.key()), v.toJson(), "application/json");
      return v;
    } catch (IOException e) {
      throw new BackupException(BackupException.Reason.MISMATCH, "reading " + m.key() + " failed: " + e, e);
    } finally {
      if (file != null) deleteQuietly(file);
    }
  }

  /** Streams the object once, into {@code file} when given, comparing size and SHA-256 with the manifest. */
  private void checkDigest(BackupManifest m, Path file) throws IOException {
    MessageDigest sha = Digests.sha256();
    long n;
    try (ObjectContent c = catalog.store().get(m.key()); InputStream in = c.stream();
        OutputStream out = new DigestOutputStream(file == null ? OutputStream.nullOutputStream()
            : Files.newOutputStream(file), sha)) {
      n = in.transferTo(out);
    }
    String hex = HexFormat.of().formatHex(sha.digest());
    if (n != m.sizeBytes() || !hex.equals(m.sha256())) {
      throw new BackupException(BackupException.Reason.MISMATCH, m.key() + " read back as " + n + " bytes with"
          + " SHA-256 " + hex + ", its manifest says " + m.sizeBytes() + " bytes with " + m.sha256(), null);
    }
  }


  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a temp file; the OS cleans its temp dir
    }
  }

  /** Builds a {@link BackupVerifier}. Not thread-safe. */
  public static final class Builder {
    private final BackupCatalog catalog;
    private PgTools tools = PgTools.onPath();
    private PgConnection scratch;
    private PgConnection source;
    private Path workDir = Path.of(System.getProperty("java.io.tmpdir"));
    private Duration toolTimeout = Duration.ofMinutes(30);
    private Clock clock = Clock.systemUTC();
    private Ticker ticker = Ticker.SYSTEM;

    private Builder(BackupCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public Builder tools(PgTools tools) {
      this.tools = Objects.requireNonNull(tools, "tools");
      return this;
    }

    /**
     * The scratch database restore drills create, fill, check and drop (its login needs CREATEDB); refused when it is
     * {@code source} or has the backed-up database's name on the source's server.
     */
    public Builder scratch(PgConnection scratch, PgConnection source) {
      this.scratch = Objects.requireNonNull(scratch, "scratch");
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** Where downloads for tiers 2 and 3 go (default: java.io.tmpdir); deleted after each verification. */
    public Builder workDir(Path dir) {
      this.workDir = Objects.requireNonNull(dir, "dir");
      return this;
    }

    public Builder toolTimeout(Duration timeout) {
      this.toolTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder ticker(Ticker ticker) {
      this.ticker = Objects.requireNonNull(ticker, "ticker");
      return this;
    }

    public BackupVerifier build() {
      return new BackupVerifier(this);
    }
  }
}
