package com.wekruit.valet.hetzner.testing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * JSON payloads shaped exactly like the Hetzner Cloud OpenAPI document (every required field, spec types), for
 * stubs in tests and for {@link FakeHetzner}. Values are plausible, not real.
 */
public final class HetznerPayloads {
  private HetznerPayloads() {}

  public static final String LOCATION = """
      {"id":1,"name":"fsn1","description":"Falkenstein DC Park 1","country":"DE","city":"Falkenstein",
       "latitude":50.47612,"longitude":12.370071,"network_zone":"eu-central"}""";

  public static final String PRICE = """
      {"location":"fsn1","price_hourly":{"net":"0.0120","gross":"0.0143"},
       "price_monthly":{"net":"7.4900","gross":"8.9131"},"included_traffic":21990232555520,
       "price_per_tb_traffic":{"net":"1.0000","gross":"1.1900"}}""";

  public static String serverType(long id, String name) {
    return """
        {"id":%d,"name":"%s","description":"CPX 22","cores":2,"memory":4.0,"disk":80,"deprecated":false,
         "prices":[%s],"storage_type":"local","cpu_type":"shared","category":"regular","architecture":"x86",
         "deprecation":null,"locations":[{"id":1,"name":"fsn1","deprecation":null,"recommended":true,"available":true}]}"""
        .formatted(id, name, PRICE);
  }

  public static String server(long id, String name, String status) {
    return server(id, name, status, "cpx22", java.util.Map.of("env", "prod"));
  }

  /** A server of a type with labels. */
  public static String server(long id, String name, String status, String type, java.util.Map<String, String> labels) {
    return """
        {"id":%d,"name":"%s","status":"%s","created":"2026-11-20T10:00:00+00:00",
         "public_net":{"ipv4":{"id":7,"ip":"203.0.113.%d","blocked":false,"dns_ptr":"static.example"},
                       "ipv6":null,"floating_ips":[],"firewalls":[]},
         "private_net":[],"server_type":%s,
         "datacenter":{"id":1,"name":"fsn1-dc14","description":"Falkenstein 1 virtual DC 14","location":%s,
                       "server_types":{"supported":[1],"available":[1],"available_for_migration":[1]}},
         "location":%s,"image":null,"iso":null,"rescue_enabled":false,"locked":false,"backup_window":null,
         "outgoing_traffic":123456,"ingoing_traffic":654321,"included_traffic":21990232555520,
         "protection":{"delete":false,"rebuild":false},"labels":%s,"volumes":[],"load_balancers":[],
         "primary_disk_size":80,"placement_group":null}"""
        .formatted(id, name, status, id % 250, serverType(1, type), LOCATION, LOCATION, labels(labels));
  }

  /** A JSON object of string labels. */
  public static String labels(java.util.Map<String, String> labels) {
    StringBuilder b = new StringBuilder("{");
    labels.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":\"").append(v).append('"'));
    return b.append('}').toString();
  }

  public static String action(long id, String command, String status, int progress) {
    String finished = status.equals("running") ? "null" : "\"2026-11-26T03:00:30+00:00\"";
    String error = status.equals("error")
        ? "{\"code\":\"action_failed\",\"message\":\"Action failed\"}" : "null";
    return """
        {"id":%d,"command":"%s","status":"%s","progress":%d,"started":"2026-11-26T03:00:00+00:00",
         "finished":%s,"resources":[{"id":42,"type":"server"}],"error":%s}"""
        .formatted(id, command, status, progress, finished, error);
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
    return """
        {"pagination":{"page":%d,"per_page":50,"previous_page":%s,"next_page":%s,"last_page":%d,"total_entries":null}}"""
        .formatted(page, page > 1 ? String.valueOf(page - 1) : "null", next == null ? "null" : String.valueOf(next),
            last);
  }

  public static String serversPage(long page, Long next, long last, List<Long> ids) {
    return "{\"servers\":[" + ids.stream().map(i -> server(i, "srv-" + i, "running")).collect(Collectors.joining(","))
        + "],\"meta\":" + meta(page, next, last) + "}";
  }

  public static String image(long id, String type, String status) {
    return """
        {"id":%d,"type":"%s","status":"%s","name":null,"description":"nightly","image_size":2.3,"disk_size":80,
         "created":"2026-11-25T03:00:00+00:00","created_from":{"id":42,"name":"api-1"},"bound_to":null,
         "os_flavor":"ubuntu","os_version":"24.04","rapid_deploy":false,"protection":{"delete":false},
         "deprecated":null,"deleted":null,"labels":{"kind":"weekly"},"architecture":"x86"}"""
        .formatted(id, type, status);
  }

  public static String error(String code, String message) {
    return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"details\":null}}";
  }
}
