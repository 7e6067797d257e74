package com.wekruit.valet.upstash;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An Upstash Redis database as the management API describes it. The password and REST tokens are secrets: absent
 * when read with hidden credentials, never in {@link #toString()}.
 *
 * @param endpoint the host, e.g. {@code eu2-sought-mollusk-30143.upstash.io} (older answers: a bare slug)
 * @param creationTime Unix seconds (sent as a number or a string)
 * @param type {@code free}, {@code payg}, {@code pro}, {@code paid}; older databases send {@code databaseType}
 * @param dbMemoryThreshold the maximum memory in bytes
 * @param dbRequestLimit a decimal: older answers exceed a Java {@code long} (9223372036854775808)
 */
public record RedisDatabase(
    @Required String databaseId,
    @Required String databaseName,
    String region,
    int port,
    long creationTime,
    OpenEnum<DatabaseState> state,
    String password,
    String endpoint,
    boolean tls,
    boolean eviction,
    boolean autoUpgrade,
    String restToken,
    String readOnlyRestToken,
    String type,
    String databaseType,
    long budget,
    String primaryRegion,
    List<String> readRegions,
    long dbMaxClients,
    long dbMaxRequestSize,
    long dbMemoryThreshold,
    long dbDiskThreshold,
    long dbMaxCommandsPerSecond,
    BigDecimal dbRequestLimit) {

  public Instant created() {
    return Instant.ofEpochSecond(creationTime);
  }

  /** The REST API URL ({@code https://<endpoint>}), a bare slug completed with {@code .upstash.io}. */
  public String restUrl() {
    if (endpoint == null) return null;
    return "https://" + (endpoint.contains(".") ? endpoint : endpoint + ".upstash.io");
  }

  @Override
  public String toString() {
    return "RedisDatabase[id=" + databaseId + ", name=" + databaseName + ", state=" + state + ", endpoint=" + endpoint
        + ", primaryRegion=" + primaryRegion + ", readRegions=" + readRegions + ", eviction=" + eviction
        + ", password=" + mask(password) + ", restToken=" + mask(restToken) + ", readOnlyRestToken="
        + mask(readOnlyRestToken) + "]";
  }

  private static String mask(String secret) {
    return secret == null ? "none" : "****";
  }
}
