package com.wekruit.valet.runbook;

import com.wekruit.valet.betterstack.BetterStackClient;
import com.wekruit.valet.cloudflare.CloudflareClient;
import com.wekruit.valet.coolify.CoolifyClient;
import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.Server;
import com.wekruit.valet.neon.NeonClient;
import com.wekruit.valet.store.ObjectStore;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The runbook's pre-launch checklist as a {@link ReadinessAudit}: VPS size, Coolify deploying the main branch, DNS at
 * the VPS, SSL Full (strict), Neon plan and point-in-time window, the R2 bucket, Better Stack monitors, recent verified
 * backups and the snapshot schedule. Give each provider's client and what to look for; an item whose client or
 * catalog is not given is UNKNOWN and says what is missing. Every probe only reads. Not thread-safe; the audit it
 * builds is.
 *
 * <pre>{@code
 * AuditReport report = RunbookAudit.builder()
 *     .hetzner(HetznerClient.fromEnv(), "api-1")
 *     .cloudflare(CloudflareClient.fromEnv(), "example.com", "app.example.com")
 *     .build().run();
 * log.info("readiness:\n{}", report.render());
 * return report.exitCode();   // the CI step's exit code
 * }</pre>
 */
public final class RunbookAudit {
  private RunbookAudit() {}

  public static Builder builder() {
    return new Builder();
  }

  /** What the runbook's audit checks and with which clients. */
  public static final class Builder {
    private HetznerClient hetzner;
    private String serverName;
    private int minCores = 4;
    private double minMemoryGb = 8;
    private String sizeLabel = "CX32";
    private CoolifyClient coolify;
    private String application;
    private String branch = "main";
    private CloudflareClient cloudflare;
    private String zone;
    private String host;
    private NeonClient neon;
    private String neonProject;
    private Duration minHistory = Duration.ofDays(7);
    private ObjectStore r2;
    private String bucket;
    private String backupPrefix = "";
    private BetterStackClient betterStack;
    private final Map<String, String> monitorTargets = new LinkedHashMap<>();
    private BackupInventory backups;
    private Duration backupMaxAge = Duration.ofHours(26);
    private Duration snapshotEvery = Duration.ofDays(7);
    private int snapshotsKept = 4;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The VPS named {@code serverName}: its size, its snapshots, and its IPv4 for the DNS item. */
    public Builder hetzner(HetznerClient client, String serverName) {
      this.hetzner = Objects.requireNonNull(client, "client");
      this.serverName = required(serverName, "serverName");
      return this;
    }

    /** The smallest acceptable VPS (default CX32: 4 cores, 8 GB), judged by cores and memory, not by name. */
    public Builder minimumServer(int cores, double memoryGb, String label) {
      if (cores < 1 || !(memoryGb > 0)) throw new IllegalArgumentException("cores and memory must be positive");
      this.minCores = cores;
      this.minMemoryGb = memoryGb;
      this.sizeLabel = required(label, "label");
      return this;
    }

    /** The Coolify application named {@code application} must build {@code main} (see {@link #branch}). */
    public Builder coolify(CoolifyClient client, String application) {
      this.coolify = Objects.requireNonNull(client, "client");
      this.application = required(application, "application");
      return this;
    }

    public Builder branch(String branch) {
      this.branch = required(branch, "branch");
      return this;
    }

    /** {@code host}'s A records in {@code zone} must point at the VPS; the zone's SSL mode must be strict. */
    public Builder cloudflare(CloudflareClient client, String zone, String host) {
      this.cloudflare = Objects.requireNonNull(client, "client");
      this.zone = required(zone, "zone");
      this.host = required(host, "host");
      return this;
    }

    /** The Neon project named {@code project} must keep at least {@code minHistory} of history (default 7 days). */
    public Builder neon(NeonClient client, String project, Duration minHistory) {
      this.neon = Objects.requireNonNull(client, "client");
      this.neonProject = required(project, "project");
      this.minHistory = positive(minHistory, "minHistory");
      return this;
    }

    /** The backup bucket, through the object store that reads it (its name is only shown). */
    public Builder r2(ObjectStore store, String bucket, String backupPrefix) {
      this.r2 = Objects.requireNonNull(store, "store");
      this.bucket = required(bucket, "bucket");
      this.backupPrefix = Objects.requireNonNull(backupPrefix, "backupPrefix");
      return this;
    }

    /** Better Stack must have an active monitor whose URL contains each target (API, web, database). */
    public Builder betterStack(BetterStackClient client, String apiUrl, String webUrl, String databaseHost) {
      this.betterStack = Objects.requireNonNull(client, "client");
      monitorTargets.put("api", required(apiUrl, "apiUrl"));
      monitorTargets.put("web", required(webUrl, "webUrl"));
      monitorTargets.put("db", required(databaseHost, "databaseHost"));
      return this;
    }

    /** The backup catalog; the newest verified backup must be at most {@code maxAge} old (default 26 h). */
    public Builder backups(BackupInventory inventory, Duration maxAge) {
      this.backups = Objects.requireNonNull(inventory, "inventory");
      this.backupMaxAge = positive(maxAge, "maxAge");
      return this;
    }

    /** The snapshot rotation: one every {@code every} (default 7 days), {@code keep} kept (default 4). */
    public Builder snapshots(Duration every, int keep) {
      this.snapshotEvery = positive(every, "every");
      if (keep < 1) throw new IllegalArgumentException("keep must be >= 1: " + keep);
      this.snapshotsKept = keep;
      return this;
    }

    /** Wall clock for the ages of snapshots and backups. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public ReadinessAudit build() {
      return addTo(ReadinessAudit.builder()).build();
    }

    /** Adds the runbook's items to {@code audit}, so that it can hold items of your own too. */
    public ReadinessAudit.Builder addTo(ReadinessAudit.Builder audit) {
      return audit
          .item("vps.size", "VPS type at least " + sizeLabel, needs(hetzner, "Hetzner client (HCLOUD_TOKEN)",
              () -> ServerProbes.size(hetzner, serverName, minCores, minMemoryGb, sizeLabel)))
          .item("coolify.deploy", "Coolify reachable, deploying " + branch, needs(coolify,
              "Coolify client (COOLIFY_URL, COOLIFY_TOKEN)", () -> PlatformProbes.coolify(coolify, application, branch)))
          .item("dns.vps", "DNS points at the VPS", needs(cloudflare, "Cloudflare client (CLOUDFLARE_API_TOKEN)",
              () -> EdgeProbes.dns(cloudflare, zone, host, vpsIpv4())))
          .item("ssl.strict", "SSL Full (strict)", needs(cloudflare, "Cloudflare client (CLOUDFLARE_API_TOKEN)",
              () -> EdgeProbes.ssl(cloudflare, zone)))
          .item("neon.plan", "Neon on a paid plan", needs(neon, "Neon client (NEON_API_KEY)",
              () -> PlatformProbes.plan(neon, neonProject)))
          .item("neon.pitr", "Neon point-in-time window", needs(neon, "Neon client (NEON_API_KEY)",
              () -> PlatformProbes.pitr(neon, neonProject, minHistory)))
          .item("r2.bucket", "R2 backup bucket present", needs(r2, "R2 object store (R2_* variables)",
              () -> StorageProbes.bucket(r2, bucket, backupPrefix)))
          .item("monitors", "Better Stack monitors for API, web, DB", needs(betterStack,
              "Better Stack client (BETTERUPTIME_API_TOKEN)", () -> MonitoringProbes.monitors(betterStack,
                  monitorTargets)))
          .item("backups", "Backups present, recent and verified", needs(backups,
              "backup catalog: none given to the audit", () -> StorageProbes.backups(backups, backupMaxAge, clock)))
          .item("snapshots", "VPS snapshot schedule", needs(hetzner, "Hetzner client (HCLOUD_TOKEN)",
              () -> ServerProbes.snapshots(hetzner, serverName, snapshotEvery, snapshotsKept, clock)));
    }

    private Optional<String> vpsIpv4() {
      if (hetzner == null) return Optional.empty();
      return ServerProbes.server(hetzner, serverName).map(Server::ipv4);
    }

    private static AuditProbe needs(Object client, String what, AuditProbe probe) {
      return client != null ? probe : () -> Finding.unknown("not configured: " + what);
    }

    private static String required(String s, String field) {
      if (s == null || s.isBlank()) throw new IllegalArgumentException(field + " must not be blank");
      return s;
    }

    private static Duration positive(Duration d, String field) {
      Objects.requireNonNull(d, field);
      if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(field + " must be positive: " + d);
      return d;
    }
  }
}
