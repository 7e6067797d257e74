package com.wekruit.valet.cloudflare.testing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * JSON payloads shaped like Cloudflare's OpenAPI document (v4 envelope, every required field, spec types), for stubs
 * in tests and for {@link FakeCloudflare}. Values are plausible, not real.
 */
public final class CloudflarePayloads {
  public static final String CREATED = "2026-11-20T10:00:00Z";

  private CloudflarePayloads() {}

  /** {@code {"success":true,"errors":[],"messages":[],"result":...}}. */
  public static String ok(String result) {
    return "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":" + result + "}";
  }

  /** A page: {@code result_info} with page, per_page, count, total_count and (as the live API) total_pages. */
  public static String page(List<String> items, int page, int perPage, int totalCount, boolean withTotalPages) {
    int totalPages = Math.max(1, (totalCount + perPage - 1) / perPage);
    return "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":[" + String.join(",", items)
        + "],\"result_info\":{\"page\":" + page + ",\"per_page\":" + perPage + ",\"count\":" + items.size()
        + ",\"total_count\":" + totalCount + (withTotalPages ? ",\"total_pages\":" + totalPages : "") + "}}";
  }

  /** A failure envelope; a numeric code is written as a number, anything else as a string. */
  public static String error(String code, String message) {
    String c = code.chars().allMatch(Character::isDigit) && !code.isEmpty() ? code : quote(code);
    return "{\"success\":false,\"errors\":[{\"code\":" + c + ",\"message\":" + quote(message)
        + "}],\"messages\":[],\"result\":null}";
  }

  public static String zone(String id, String name) {
    return """
        {"id":"%s","name":"%s","status":"active","paused":false,"type":"full","development_mode":0,
         "name_servers":["ada.ns.cloudflare.com","bob.ns.cloudflare.com"],"original_name_servers":null,
         "original_registrar":null,"original_dnshost":null,"vanity_name_servers":[],
         "account":{"id":"023e105f4ecef8ad9ca31a8372d0c353","name":"Example Account"},
         "owner":{"id":"023e105f4ecef8ad9ca31a8372d0c353","name":"Example Account","type":"organization"},
         "plan":{"id":"0feeeeeeeeeeeeeeeeeeeeeeeeeeeeee","name":"Free Website"},
         "meta":{"cdn_only":false,"custom_certificate_quota":0,"dns_only":false,"foundation_dns":false,
                 "page_rule_quota":3,"phishing_detected":false,"step":2},
         "created_on":"%s","modified_on":"%s","activated_on":"%s"}"""
        .formatted(id, name, CREATED, CREATED, CREATED);
  }

  /** An A, AAAA or CNAME record. */
  public static String dnsRecord(String id, String type, String name, String content, int ttl, boolean proxied,
      String comment, List<String> tags) {
    return dnsRecord(id, type, name, content, ttl, proxied, comment, tags, CREATED);
  }

  /** An A, AAAA or CNAME record created at {@code createdOn} (ISO-8601). */
  public static String dnsRecord(String id, String type, String name, String content, int ttl, boolean proxied,
      String comment, List<String> tags, String createdOn) {
    return """
        {"id":"%s","type":"%s","name":"%s","content":"%s","proxiable":true,"proxied":%b,"ttl":%d,
         "meta":{"auto_added":false,"source":"primary"},%s"tags":[%s],"created_on":"%s","modified_on":"%s"}"""
        .formatted(id, type, name, content, proxied, ttl, comment == null ? "" : "\"comment\":" + quote(comment) + ",",
            tags.stream().map(CloudflarePayloads::quote).collect(Collectors.joining(",")), createdOn, createdOn);
  }

  /** A zone setting with a string value. */
  public static String setting(String id, String value) {
    return "{\"id\":\"" + id + "\",\"value\":\"" + value + "\",\"editable\":true,\"modified_on\":\"" + CREATED + "\"}";
  }

  /** A token verify answer with the 10000 notice the live API sends. */
  public static String tokenVerify(String id, String status) {
    return "{\"success\":true,\"errors\":[],\"messages\":[{\"code\":10000,\"message\":"
        + "\"This API Token is valid and active\",\"type\":null}],\"result\":{\"id\":\"" + id + "\",\"status\":\""
        + status + "\"}}";
  }

  /** A JSON string literal. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }
}
