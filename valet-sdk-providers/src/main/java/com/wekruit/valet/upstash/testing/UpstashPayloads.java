package com.wekruit.valet.upstash.testing;

import java.util.List;

/**
 * JSON payloads shaped like Upstash's Developer API (the OpenAPI {@code Database} schema plus the password and REST
 * tokens the API returns although the schema omits them), for stubs in tests and for {@link FakeUpstash}.
 */
public final class UpstashPayloads {
  private UpstashPayloads() {}

  /** A database; {@code password} and {@code restToken} {@code null} leave them out (credentials hidden). */
  public static String database(String id, String name, String endpoint, String password, String restToken,
      boolean eviction, List<String> readRegions) {
    return """
        {"database_id":"%s","database_name":"%s","region":"global","port":6379,"creation_time":1752649602,
         "state":"active",%s"endpoint":"%s","tls":true,"eviction":%b,"auto_upgrade":false,"consistent":false,
         "type":"payg","budget":360,"primary_region":"eu-central-1","primary_members":["eu-central-1"],
         "all_members":["eu-central-1"%s],"read_regions":%s,"db_max_clients":10000,"db_max_request_size":10485760,
         "db_disk_threshold":107374182400,"db_max_entry_size":104857600,"db_memory_threshold":3221225472,
         "db_max_commands_per_second":10000,"db_request_limit":8024278031528736858%s}"""
        .formatted(id, name, password == null ? "" : "\"password\":\"" + password + "\",", endpoint, eviction,
            readRegions.stream().map(r -> ",\"" + r + "\"").reduce("", String::concat), strings(readRegions),
            restToken == null ? "" : ",\"rest_token\":\"" + restToken + "\",\"read_only_rest_token\":\"R" + restToken
                + "\"");
  }

  /** A stats body whose series carry Go {@code time.String()} timestamps. */
  public static String stats(List<String> times, long keys, long storage, long dailyCommands) {
    StringBuilder keyspace = new StringBuilder();
    StringBuilder throughput = new StringBuilder();
    for (int i = 0; i < times.size(); i++) {
      String sep = i == 0 ? "" : ",";
      keyspace.append(sep).append("{\"x\":\"").append(times.get(i)).append("\",\"y\":").append(keys).append('}');
      throughput.append(sep).append("{\"x\":\"").append(times.get(i)).append("\",\"y\":").append(i * 1.5).append('}');
    }
    String last = times.isEmpty() ? "2025-08-31 15:12:52.799480932 +0000 UTC" : times.get(times.size() - 1);
    return """
        {"monitor_count":{"x":"%s","y":0},"daily_net_commands":%d,"daily_read_requests":%d,"daily_write_requests":0,
         "connection_count":[{"x":"%s","y":1}],"keyspace":[%s],"throughput":[%s],
         "diskusage":[{"x":"%s","y":%d}],"latencymean":[{"x":"%s","y":250}],"latency_99":[{"x":"%s","y":900}],
         "hits":[],"misses":[],"read":[],"write":[],"dailyrequests":[{"x":"%s","y":%d}],
         "total_monthly_requests":%d,"current_storage":%d,"total_monthly_billing":0.42,
         "command_counts":[{"metric_identifier":"GET","data_points":[{"x":"%s","y":3}]}]}"""
        .formatted(last, dailyCommands, dailyCommands, last, keyspace, throughput, last, storage, last, last, last,
            dailyCommands, dailyCommands, storage, last);
  }

  private static String strings(List<String> values) {
    return "[" + String.join(",", values.stream().map(v -> "\"" + v + "\"").toList()) + "]";
  }
}
