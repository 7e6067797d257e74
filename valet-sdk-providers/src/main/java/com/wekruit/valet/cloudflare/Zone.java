package com.wekruit.valet.cloudflare;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;
import java.time.Instant;
import java.util.List;

/**
 * A zone (a domain on Cloudflare). {@code status}, {@code paused}, {@code type} and {@code plan} are sent by the live
 * API though the 2024 spec leaves them out, so they may be {@code null}; {@code activatedOn} is {@code null} until
 * the zone is active.
 */
public record Zone(
    @Required String id,
    @Required String name,
    OpenEnum<ZoneStatus> status,
    Boolean paused,
    OpenEnum<ZoneType> type,
    List<String> nameServers,
    Account account,
    Plan plan,
    Instant createdOn,
    Instant modifiedOn,
    Instant activatedOn) {

  /** The account that owns the zone. */
  public record Account(String id, String name) {}

  /** The zone's plan. */
  public record Plan(String id, String name) {}

  /** Zone status; {@code UNKNOWN} for values newer than this SDK. */
  public enum ZoneStatus { INITIALIZING, PENDING, ACTIVE, MOVED, UNKNOWN }

  /** Full setup, partial (CNAME) setup or secondary DNS. */
  public enum ZoneType { FULL, PARTIAL, SECONDARY, UNKNOWN }
}
