package com.wekruit.valet.runbook;

import com.wekruit.valet.betterstack.BetterStackClient;
import com.wekruit.valet.betterstack.MonitorRequest;
import com.wekruit.valet.betterstack.MonitorType;
import com.wekruit.valet.betterstack.testing.FakeBetterStack;
import com.wekruit.valet.cloudflare.CloudflareClient;
import com.wekruit.valet.cloudflare.DnsRecordRequest;
import com.wekruit.valet.cloudflare.DnsRecordType;
import com.wekruit.valet.cloudflare.SslMode;
import com.wekruit.valet.coolify.CoolifyClient;
import com.wekruit.valet.coolify.testing.FakeCoolify;
import com.wekruit.valet.cloudflare.testing.FakeCloudflare;
import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.ImageType;
import com.wekruit.valet.hetzner.testing.FakeHetzner;
import com.wekruit.valet.neon.NeonClient;
import com.wekruit.valet.neon.testing.FakeNeon;
import com.wekruit.valet.r2.R2ObjectStore;
import com.wekruit.valet.r2.S3ProxyServer;
import java.time.Duration;
import java.util.Map;

/** Every simulator the audit reads, plus s3proxy as R2, and a client for each. Test code. */
final class RunbookFixture implements AutoCloseable {
  final FakeHetzner hetznerApi = FakeHetzner.start(0, 1);
  final FakeCoolify coolifyApi = FakeCoolify.start(0, 1);
  final FakeCloudflare cloudflareApi = FakeCloudflare.start(0);
  final FakeNeon neonApi = FakeNeon.start(0, 1);
  final FakeBetterStack betterStackApi = FakeBetterStack.start();
  final S3ProxyServer s3 = new S3ProxyServer();
  final HetznerClient hetzner = HetznerClient.builder().token("audit-hcloud-token-0123456789")
      .baseUrl(hetznerApi.baseUrl()).pollInterval(Duration.ofMillis(10), Duration.ofMillis(20)).build();
  final CoolifyClient coolify = CoolifyClient.builder().token("1|audit-coolify-token").instanceUrl(coolifyApi.baseUrl())
      .build();
  final CloudflareClient cloudflare = CloudflareClient.builder().token("audit-cloudflare-token-0123456789abcdefghij")
      .baseUrl(cloudflareApi.baseUrl()).build();
  final NeonClient neon = NeonClient.builder().apiKey("audit-neon-key").baseUrl(neonApi.baseUrl()).build();
  final BetterStackClient betterStack = BetterStackClient.builder().token("audit-betterstack-token")
      .baseUrl(betterStackApi.baseUrl()).build();
  final R2ObjectStore r2 = s3.store("backups").build();
  long serverId;

  RunbookFixture() throws Exception {}

  /** A launch-ready runbook: cpx32 with a snapshot, app on main, DNS and SSL set, 7-day Neon, three monitors. */
  RunbookFixture ready() {
    serverId = hetznerApi.addServer("api-1", "cpx32", Map.of("role", "api"));
    hetzner.servers().createImage(serverId, "weekly", ImageType.SNAPSHOT, Map.of("rotation", "weekly"))
        .action().await(Duration.ofSeconds(10));
    coolifyApi.addApplication("api", "5d6e7f8", "prod");
    String zone = cloudflareApi.addZone("example.com");
    cloudflare.dnsRecords(zone).upsert(DnsRecordRequest.builder(DnsRecordType.A, "app.example.com",
        hetzner.servers().get(serverId).ipv4()).proxied(true).build());
    cloudflare.settings(zone).ssl(SslMode.STRICT);
    neonApi.addProject("runbook", 604_800);
    monitor("https://api.example.com/api/v1/health", MonitorType.STATUS);
    monitor("https://app.example.com/", MonitorType.STATUS);
    monitor("db.example.com", MonitorType.TCP);
    return this;
  }

  void monitor(String url, MonitorType type) {
    MonitorRequest.Builder b = MonitorRequest.builder().url(url).monitorType(type).checkFrequency(60);
    if (type == MonitorType.TCP) b.port("5432");
    betterStack.monitors().create(b.build());
  }

  /** The runbook's audit over every client, with {@code backups} as the catalog. */
  RunbookAudit.Builder audit(BackupInventory backups) {
    return RunbookAudit.builder().hetzner(hetzner, "api-1").coolify(coolify, "api")
        .cloudflare(cloudflare, "example.com", "app.example.com").neon(neon, "runbook", Duration.ofDays(7))
        .r2(r2, "backups", "pg/").betterStack(betterStack, "api.example.com/api/v1/health", "app.example.com",
            "db.example.com").backups(backups, Duration.ofHours(26));
  }

  @Override
  public void close() throws Exception {
    r2.close();
    s3.close();
    betterStackApi.close();
    neonApi.close();
    cloudflareApi.close();
    coolifyApi.close();
    hetznerApi.close();
  }
}
