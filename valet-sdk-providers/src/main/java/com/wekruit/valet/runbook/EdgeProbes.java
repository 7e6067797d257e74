package com.wekruit.valet.runbook;

import com.wekruit.valet.cloudflare.CloudflareClient;
import com.wekruit.valet.cloudflare.DnsRecord;
import com.wekruit.valet.cloudflare.DnsRecordQuery;
import com.wekruit.valet.cloudflare.DnsRecordType;
import com.wekruit.valet.cloudflare.SslMode;
import com.wekruit.valet.cloudflare.Zone;
import com.wekruit.valet.json.OpenEnum;
import java.util.List;
import java.util.Optional;

/** The Cloudflare items: the domain's A record points at the VPS, SSL is Full (strict). */
final class EdgeProbes {
  private EdgeProbes() {}

  static Finding dns(CloudflareClient cf, String zoneName, String host, Optional<String> vpsIpv4) {
    Optional<Zone> zone = cf.zones().findByName(zoneName);
    if (zone.isEmpty()) return Finding.fail("no zone " + zoneName);
    List<DnsRecord> records = cf.dnsRecords(zone.get().id())
        .list(DnsRecordQuery.all().type(DnsRecordType.A).name(host)).stream().toList();
    if (records.isEmpty()) return Finding.fail("no A record for " + host);
    List<String> targets = records.stream().map(DnsRecord::content).toList();
    if (vpsIpv4.isEmpty()) return Finding.unknown(host + " A " + targets + "; the VPS's address is not known");
    boolean all = targets.stream().allMatch(vpsIpv4.get()::equals);
    return Finding.of(all, host + " A " + targets + (all ? " = " : " != ") + "the VPS at " + vpsIpv4.get());
  }

  static Finding ssl(CloudflareClient cf, String zoneName) {
    Optional<Zone> zone = cf.zones().findByName(zoneName);
    if (zone.isEmpty()) return Finding.fail("no zone " + zoneName);
    OpenEnum<SslMode> mode = cf.settings(zone.get().id()).ssl().value();
    return Finding.of(mode.value() == SslMode.STRICT, zoneName + " SSL mode is " + mode.raw());
  }
}
