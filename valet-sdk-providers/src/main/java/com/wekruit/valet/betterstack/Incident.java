package com.wekruit.valet.betterstack;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An incident ({@code /api/v3/incidents}). Its {@code relationships} name the monitor or heartbeat that opened it.
 *
 * @param id the incident id (a string on the wire)
 */
public record Incident(@Required String id, String type, @Required Attributes attributes, Relationships relationships) {

  public OpenEnum<IncidentStatus> status() {
    return attributes.status();
  }

  /** The id of the monitor that opened it, or {@code null}. */
  public String monitorId() {
    return relationships == null ? null : Relationships.id(relationships.monitor());
  }

  /** The id of the heartbeat that opened it, or {@code null}. */
  public String heartbeatId() {
    return relationships == null ? null : Relationships.id(relationships.heartbeat());
  }

  /**
   * The attributes, nullable wherever the API may omit or null them.
   *
   * @param responseOptions a JSON document sent as a string
   * @param metadata v3 shape: key to typed values
   */
  public record Attributes(
      String name,
      String url,
      String httpMethod,
      String cause,
      Long incidentGroupId,
      Instant startedAt,
      Instant acknowledgedAt,
      String acknowledgedBy,
      Instant resolvedAt,
      String resolvedBy,
      @Required OpenEnum<IncidentStatus> status,
      String teamName,
      String responseContent,
      String responseOptions,
      List<String> regions,
      String responseUrl,
      String screenshotUrl,
      String originUrl,
      Long escalationPolicyId,
      Boolean call,
      Boolean sms,
      Boolean email,
      Boolean push,
      Map<String, List<MetadataValue>> metadata) {}

  /** One metadata value, e.g. {@code {"type":"String","value":"eu-1"}}. */
  public record MetadataValue(String type, String value) {}

  /** The monitor or heartbeat behind the incident. */
  public record Relationships(Link monitor, Link heartbeat) {
    static String id(Link l) {
      return l == null || l.data() == null ? null : l.data().id();
    }
  }

  /** {@code {"data":{"id":…,"type":…}}}. */
  public record Link(Ref data) {}

  /** A reference to another resource. */
  public record Ref(String id, String type) {}
}
