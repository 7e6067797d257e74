package com.wekruit.valet.hetzner.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * JSON payloads shaped exactly like the Hetzner Cloud OpenAPI document (every required field, spec types), for
 * stubs in tests and for {@link FakeHetzner}. Values are plausible, not real.
 */
public final class HetznerPayloads {
  private HetznerPayloads() {}

  private static final Instant CREATED = Instant.parse("2026-11-20T10:00:00Z");
  private static final Instant STARTED = Instant.parse("2026-11-26T03:00:00Z");

  public static final String LOCATION =
      location(1, "fsn1", "Falkenstein DC Park 1", "DE", "Falkenstein", 50.47612, 12.370071, "eu-central");

  public static final String PRICE = """
      {"location":"fsn1","price_hourly":{"net":"0.0120","gross":"0.0143"},
       "price_monthly":{"net":"7.4900","gross":"8.9131"},"included_traffic":21990232555520,
       "price_per_tb_traffic":{"net":"1.0000","gross":"1.1900"}}""";

  /** A location. */
  public static String location(long id, String name, String description, String country, String city,
      double latitude, double longitude, String networkZone) {
    return """
        {"id":%d,"name":%s,"description":%s,"country":%s,"city":%s,"latitude":%s,"longitude":%s,"network_zone":%s}"""
        .formatted(id, quote(name), quote(description), quote(country), quote(city), latitude, longitude,
            quote(networkZone));
  }

  public static String serverType(long id, String name) {
    return serverType(id, name, "CPX 22", 2, 4.0, 80, "x86", PRICE, serverTypeLocation(1, "fsn1"));
  }

  /** A server type; {@code prices} and {@code locations} are the elements of those arrays. */
  public static String serverType(long id, String name, String description, int cores, double memory, int disk,
      String architecture, String prices, String locations) {
    return """
        {"id":%d,"name":%s,"description":%s,"cores":%d,"memory":%s,"disk":%d,"deprecated":false,
         "prices":[%s],"storage_type":"local","cpu_type":"shared","category":"regular","architecture":%s,
         "deprecation":null,"locations":[%s]}"""
        .formatted(id, quote(name), quote(description), cores, memory, disk, prices, quote(architecture), locations);
  }

  /** Where a server type is sold: an element of its {@code locations}. */
  public static String serverTypeLocation(long id, String name) {
    return """
        {"id":%d,"name":%s,"deprecation":null,"recommended":true,"available":true}""".formatted(id, quote(name));
  }

  public static String server(long id, String name, String status) {
    return server(id, name, status, "cpx22", Map.of("env", "prod"));
  }

  /** A server of a type with labels. */
  public static String server(long id, String name, String status, String type, Map<String, String> labels) {
    return server(id, name, status, serverType(1, type), LOCATION, labels, null, CREATED);
  }

  /**
   * A server with the JSON of its type and location, labels, backup window ({@code null}: backups off) and creation
   * time.
   */
  public static String server(long id, String name, String status, String serverType, String location,
      Map<String, String> labels, String backupWindow, Instant created) {
    return """
        {"id":%d,"name":%s,"status":"%s","created":"%s",
         "public_net":{"ipv4":{"id":7,"ip":"203.0.113.%d","blocked":false,"dns_ptr":"static.example"},
                       "ipv6":null,"floating_ips":[],"firewalls":[]},
         "private_net":[],"server_type":%s,
         "datacenter":{"id":1,"name":"dc14","description":"virtual DC 14","location":%s,
                       "server_types":{"supported":[1],"available":[1],"available_for_migration":[1]}},
         "location":%s,"image":null,"iso":null,"rescue_enabled":false,"locked":false,"backup_window":%s,
         "outgoing_traffic":123456,"ingoing_traffic":654321,"included_traffic":21990232555520,
         "protection":{"delete":false,"rebuild":false},"labels":%s,"volumes":[],"load_balancers":[],
         "primary_disk_size":80,"placement_group":null}"""
        .formatted(id, quote(name), status, created, id % 250, serverType, location, location, quote(backupWindow),
            labels(labels));
  }

  /** A JSON object of string labels. */
  public static String labels(Map<String, String> labels) {
    return labels.entrySet().stream().map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
        .collect(Collectors.joining(",", "{", "}"));
  }

  public static String action(long id, String command, String status, int progress) {
    return action(id, command, status, progress, STARTED, status.equals("running") ? null : STARTED.plusSeconds(30),
        "{\"id\":42,\"type\":\"server\"}");
  }

  /** An action; {@code resources} are the elements of its resources array. */
  public static String action(long id, String command, String status, int progress, Instant started,
      Instant finished, String resources) {
    String error = status.equals("error")
        ? "{\"code\":\"action_failed\",\"message\":\"Action failed\"}" : "null";
    return """
        {"id":%d,"command":%s,"status":"%s","progress":%d,"started":"%s",
         "finished":%s,"resources":[%s],"error":%s}"""
        .formatted(id, quote(command), status, progress, started,
            finished == null ? "null" : quote(finished.toString()), resources, error);
  }

  public static String actionEnvelope(long id, String command, String status) {
    return "{\"action\":" + action(id, command, status, status.equals("running") ? 0 : 100) + "}";
  }

  public static String actions(String... actions) {
    return "{\"actions\":[" + String.join(",", actions) + "]}";
  }

  public static String actionsPage(String... actions) {
    return "{\"actions\":[" + String.join(",", actions) + "],\"meta\":" + meta(1, null, 1) + "}";
  }

  public static String meta(long page, Long next, long last) {
    return meta(page, 50, next, last, null);
  }

  /** Pagination metadata; {@code total} may be {@code null}. */
  public static String meta(long page, long perPage, Long next, long last, Long total) {
    return """
        {"pagination":{"page":%d,"per_page":%d,"previous_page":%s,"next_page":%s,"last_page":%d,"total_entries":%s}}"""
        .formatted(page, perPage, page > 1 ? String.valueOf(page - 1) : "null", next, last, total);
  }

  public static String serversPage(long page, Long next, long last, List<Long> ids) {
    return "{\"servers\":[" + ids.stream().map(i -> server(i, "srv-" + i, "running")).collect(Collectors.joining(","))
        + "],\"meta\":" + meta(page, next, last) + "}";
  }

  public static String image(long id, String type, String status) {
    return image(id, type, status, null, "nightly", 2.3, Instant.parse("2026-11-25T03:00:00Z"),
        "{\"id\":42,\"name\":\"api-1\"}", null, "ubuntu", "24.04", Map.of("kind", "weekly"));
  }

  /** An x86 image of an 80 GB disk; {@code createdFrom} is JSON or {@code null}. */
  public static String image(long id, String type, String status, String name, String description, Double imageSize,
      Instant created, String createdFrom, Long boundTo, String osFlavor, String osVersion,
      Map<String, String> labels) {
    return """
        {"id":%d,"type":"%s","status":"%s","name":%s,"description":%s,"image_size":%s,"disk_size":80,
         "created":"%s","created_from":%s,"bound_to":%s,
         "os_flavor":"%s","os_version":%s,"rapid_deploy":false,"protection":{"delete":false},
         "deprecated":null,"deleted":null,"labels":%s,"architecture":"x86"}"""
        .formatted(id, type, status, quote(name), quote(description), imageSize, created, createdFrom, boundTo,
            osFlavor, quote(osVersion), labels(labels));
  }

  public static String error(String code, String message) {
    return "{\"error\":{\"code\":" + quote(code) + ",\"message\":" + quote(message) + ",\"details\":null}}";
  }

  /** A JSON string literal, or {@code null}. */
  static String quote(String s) {
    if (s == null) return "null";
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }
}
