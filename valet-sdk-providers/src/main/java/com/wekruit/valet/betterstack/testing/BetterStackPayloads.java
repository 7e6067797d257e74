package com.wekruit.valet.betterstack.testing;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import com.wekruit.valet.json.ValetJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON payloads shaped like the Better Stack Uptime API: every attribute name the official Terraform provider
 * declares (specs/betterstack/uptime-api-fields.txt), plus the documented read-only ones, with plausible values. For
 * WireMock stubs and {@link FakeBetterStack}.
 */
public final class BetterStackPayloads {
  private static final JsonAdapter<Object> JSON = ValetJson.moshi().adapter(Object.class).serializeNulls();
  static final JsonAdapter<Map<String, Object>> BODY = ValetJson.moshi()
      .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
  public static final String CREATED = "2026-11-20T10:00:00.000Z";

  private BetterStackPayloads() {}

  /** Every attribute of a monitor, with the API's defaults; {@code null} where the API sends null. */
  public static Map<String, Object> monitorAttributes(String url, String type) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("url", url);
    a.put("pronounceable_name", url);
    a.put("monitor_type", type);
    a.put("monitor_group_id", null);
    a.put("policy_id", null);
    a.put("expiration_policy_id", null);
    a.put("required_keyword", null);
    a.put("expected_status_codes", List.of());
    alerting(a);
    a.put("paused", false);
    a.put("paused_at", null);
    a.put("follow_redirects", true);
    a.put("remember_cookies", true);
    a.put("port", null);
    a.put("regions", List.of("us", "eu", "as", "au"));
    a.put("recovery_period", 180);
    a.put("verify_ssl", true);
    a.put("check_frequency", 180);
    a.put("confirmation_period", 0);
    a.put("http_method", "get");
    a.put("request_timeout", 30);
    a.put("request_body", "");
    a.put("request_headers", List.of());
    a.put("auth_username", "");
    a.put("auth_password", "");
    a.put("proxy_host", "");
    a.put("proxy_port", null);
    a.put("ip_version", null);
    maintenance(a);
    a.put("ssl_expiration", null);
    a.put("domain_expiration", null);
    a.put("last_checked_at", null);
    a.put("status", "pending");
    a.put("created_at", CREATED);
    a.put("updated_at", CREATED);
    a.put("playwright_script", null);
    a.put("scenario_name", null);
    a.put("environment_variables", Map.of());
    a.put("team_name", "Platform");
    return a;
  }

  /** Every attribute of a heartbeat; {@code url} is the secret ping URL. */
  public static Map<String, Object> heartbeatAttributes(String name, String pingUrl, int period, int grace) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("name", name);
    a.put("url", pingUrl);
    a.put("period", period);
    a.put("grace", grace);
    a.put("server_timezone", null);
    alerting(a);
    a.put("heartbeat_group_id", null);
    a.put("sort_index", null);
    maintenance(a);
    a.put("paused", false);
    a.put("paused_at", null);
    a.put("policy_id", null);
    a.put("status", "pending");
    a.put("created_at", CREATED);
    a.put("updated_at", CREATED);
    a.put("team_name", "Platform");
    return a;
  }

  private static void alerting(Map<String, Object> a) {
    a.put("call", false);
    a.put("sms", false);
    a.put("email", true);
    a.put("push", true);
    a.put("critical_alert", false);
    a.put("team_wait", 180);
  }

  private static void maintenance(Map<String, Object> a) {
    a.put("maintenance_from", null);
    a.put("maintenance_to", null);
    a.put("maintenance_timezone", "UTC");
    a.put("maintenance_days", List.of());
  }

  /** Every attribute of an incident (v3), started now. */
  public static Map<String, Object> incidentAttributes(String name, String cause, String startedAt) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("name", name);
    a.put("url", null);
    a.put("http_method", null);
    a.put("cause", cause);
    a.put("incident_group_id", null);
    a.put("started_at", startedAt);
    a.put("acknowledged_at", null);
    a.put("acknowledged_by", null);
    a.put("resolved_at", null);
    a.put("resolved_by", null);
    a.put("status", "Started");
    a.put("team_name", "Platform");
    a.put("response_content", null);
    a.put("response_options", "{}");
    a.put("regions", List.of());
    a.put("response_url", null);
    a.put("screenshot_url", null);
    a.put("origin_url", null);
    a.put("escalation_policy_id", null);
    a.put("call", false);
    a.put("sms", false);
    a.put("email", true);
    a.put("push", true);
    a.put("metadata", Map.of());
    return a;
  }

  /** Every attribute of a status page. */
  public static Map<String, Object> statusPageAttributes(String company, String subdomain, String state) {
    Map<String, Object> a = new LinkedHashMap<>();
    for (String k : List.of("company_url", "contact_url", "logo_remote_url", "dark_logo_remote_url", "custom_domain",
        "custom_css", "custom_javascript", "google_analytics_id", "announcement", "announcement_embed_link",
        "announcement_embed_css", "status_page_group_id")) a.put(k, null);
    a.put("company_name", company);
    a.put("subdomain", subdomain);
    a.put("timezone", "UTC");
    a.put("history", 90);
    a.put("min_incident_length", 0);
    a.put("subscribable", true);
    a.put("published", true);
    a.put("hide_from_search_engines", false);
    a.put("whitelabeled", false);
    a.put("announcement_embed_visible", false);
    a.put("password_enabled", false);
    a.put("require_sso", false);
    a.put("aggregate_state", state);
    a.put("design", "v2");
    a.put("theme", "light");
    a.put("layout", "vertical");
    a.put("automatic_reports", false);
    a.put("navigation_links", List.of(Map.of("text", "Home", "href", "https://example.com")));
    a.put("ip_allowlist", List.of());
    a.put("created_at", CREATED);
    a.put("updated_at", CREATED);
    return a;
  }

  /** {@code {"id":…,"type":…,"attributes":…}} (plus relationships when given). */
  public static Map<String, Object> resource(String id, String type, Map<String, Object> attributes,
      Map<String, Object> relationships) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", id);
    r.put("type", type);
    r.put("attributes", attributes);
    if (relationships != null) r.put("relationships", relationships);
    return r;
  }

  /** {@code {"data": resource}}. */
  public static String single(Map<String, Object> resource) {
    return json(Map.of("data", resource));
  }

  /** {@code {"data":[…],"pagination":{first,last,prev,next}}}; links are absolute, {@code null} at the ends. */
  public static String page(List<Map<String, Object>> items, String first, String last, String prev, String next) {
    Map<String, Object> pagination = new LinkedHashMap<>();
    pagination.put("first", first);
    pagination.put("last", last);
    pagination.put("prev", prev);
    pagination.put("next", next);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", new ArrayList<>(items));
    body.put("pagination", pagination);
    return json(body);
  }

  /** The default on-call calendar with one person on call, and that person in {@code included}. */
  public static String onCall(String calendarId, String userId, String email, String first, String last) {
    Map<String, Object> attrs = new LinkedHashMap<>();
    attrs.put("name", null);
    attrs.put("default_calendar", true);
    attrs.put("team_name", "Platform");
    Map<String, Object> ref = Map.of("id", userId, "type", "user", "meta", Map.of("email", email));
    Map<String, Object> rel = Map.of("on_call_users", Map.of("data", List.of(ref)));
    Map<String, Object> user = resource(userId, "user", Map.of("first_name", first, "last_name", last, "email", email,
        "phone_numbers", List.of("+15550100")), null);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", resource(calendarId, "on_call_calendar", attrs, rel));
    body.put("included", List.of(user));
    return json(body);
  }

  /** {@code {"errors":"…"}}. */
  public static String error(String message) {
    return json(Map.of("errors", message));
  }

  /** A 422 body: {@code {"errors":{"field":["message"]}}}. */
  public static String validationError(String field, String message) {
    return json(Map.of("errors", Map.of(field, List.of(message))));
  }

  public static String json(Object value) {
    return JSON.toJson(value);
  }
}
