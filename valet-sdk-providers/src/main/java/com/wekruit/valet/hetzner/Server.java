package com.wekruit.valet.hetzner;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A cloud server. {@code location} falls back to {@code datacenter.location} for answers that only carry the
 * datacenter; fields the spec marks nullable ({@code image}, {@code backupWindow}, traffic) may be {@code null}.
 *
 * <p>Immutable; thread-safe.
 *
 * @param locked an action is running on it
 * @param primaryDiskSize GB
 */
public record Server(
    @Required long id,
    @Required String name,
    @Required OpenEnum<ServerStatus> status,
    Instant created,
    PublicNet publicNet,
    ServerType serverType,
    Location location,
    Datacenter datacenter,
    Image image,
    boolean rescueEnabled,
    boolean locked,
    String backupWindow,
    Long outgoingTraffic,
    Long ingoingTraffic,
    Long includedTraffic,
    Protection protection,
    Map<String, String> labels,
    List<Long> volumes,
    List<Long> loadBalancers,
    int primaryDiskSize) {

  public Server {
    if (location == null && datacenter != null) location = datacenter.location();
  }

  /** The datacenter the server runs in (older answers name the location only through it). */
  public record Datacenter(long id, String name, String description, Location location) {}

  /** Public addresses. */
  public record PublicNet(Ipv4 ipv4, Ipv6 ipv6, List<Long> floatingIps) {}

  /** The primary IPv4 address, if any. */
  public record Ipv4(Long id, String ip, boolean blocked, String dnsPtr) {}

  /** The primary IPv6 network, if any. */
  public record Ipv6(Long id, String ip, boolean blocked) {}

  /** Delete and rebuild protection. */
  public record Protection(boolean delete, boolean rebuild) {}

  /** The public IPv4 address, or {@code null}. */
  public String ipv4() {
    return publicNet == null || publicNet.ipv4() == null ? null : publicNet.ipv4().ip();
  }
}
