package com.wekruit.valet.coolify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wekruit.valet.spec.SpecCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks JSON bodies against the Coolify OpenAPI 3.1 document ({@code specs/coolify.json}), which the swagger
 * validator does not type-check: every field must be declared by its schema, with the declared type (3.1
 * {@code ["string","null"]} and 3.0 {@code nullable}), a listed enum value, and request bodies must carry their
 * required fields. Where the real API differs from the document, {@link CoolifySpecDeviations} supplies the real
 * schema and says why. Thread-safe.
 */
final class CoolifySpec {
  static final ObjectMapper JSON = new ObjectMapper();
  static final JsonNode DOC = read(SpecCheck.load("coolify.json"));

  private CoolifySpec() {}

  /** The problems of one exchange (empty when it matches the document or a documented deviation). */
  static List<String> check(String method, String rawPath, String requestBody, int status, String contentType,
      String responseBody) {
    List<String> problems = new ArrayList<>();
    String template = template(rawPath);
    if (template == null) return List.of("no path in the spec for " + rawPath);
    JsonNode op = DOC.path("paths").path(template).path(method.toLowerCase());
    if (op.isMissingNode()) return List.of("no " + method + " " + template + " in the spec");
    if (requestBody != null && !requestBody.isEmpty()) {
      JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
      if (schema.isMissingNode()) {
        // the client sends {} to body-less POSTs so they carry Content-Type: application/json, which Coolify demands
        if (!read(requestBody).isEmpty()) problems.add(method + " " + template + " takes no JSON body");
      }
      else checkRequest(schema, read(requestBody), problems);
    }
    JsonNode deviation = CoolifySpecDeviations.response(method, template, status);
    if (deviation != null) {
      if (deviation.isTextual()) return problems; // a text/plain answer the document calls text/html
      check(deviation, read(responseBody), "$", problems);
      return problems;
    }
    JsonNode response = resolve(op.path("responses").path(String.valueOf(status)));
    if (response.isMissingNode()) {
      problems.add(method + " " + template + " documents no status " + status);
      return problems;
    }
    JsonNode content = response.path("content");
    if (content.isMissingNode() || responseBody == null || responseBody.isEmpty()) return problems;
    if (contentType != null && contentType.startsWith("text/")) return problems;
    JsonNode schema = content.path("application/json").path("schema");
    if (schema.isMissingNode()) problems.add(template + " " + status + " documents no JSON body");
    else check(schema, read(responseBody), "$", problems);
    return problems;
  }

  /** The properties of a schema (after {@code $ref}), for model field checks. */
  static JsonNode properties(JsonNode schema) {
    return resolve(schema).path("properties");
  }

  static JsonNode schema(String name) {
    return DOC.path("components").path("schemas").path(name);
  }

  static JsonNode operation(String method, String template) {
    return DOC.path("paths").path(template).path(method);
  }

  private static void checkRequest(JsonNode schema, JsonNode body, List<String> problems) {
    check(schema, body, "$", problems);
    JsonNode s = resolve(schema);
    for (JsonNode r : s.path("required")) {
      if (body.has(r.asText())) continue;
      if (CoolifySpecDeviations.optionalRequired(r.asText(), body)) continue;
      problems.add("request lacks required " + r.asText());
    }
  }

  static void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
    JsonNode s = resolve(schema);
    if (value.isNull()) {
      if (!nullable(s)) problems.add(at + " is null but not nullable");
      return;
    }
    if (!typeMatches(s, value)) {
      problems.add(at + " is " + value.getNodeType() + ", spec says " + s.path("type"));
      return;
    }
    if (s.has("enum") && value.isTextual()) {
      boolean listed = false;
      for (JsonNode e : s.path("enum")) listed |= e.asText().equals(value.asText());
      if (!listed) problems.add(at + " = " + value.asText() + " is not in " + s.path("enum"));
    }
    if (value.isArray() && s.has("items")) {
      int i = 0;
      for (JsonNode item : value) check(s.path("items"), item, at + "[" + i++ + "]", problems);
    }
    if (value.isObject() && s.has("properties")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        JsonNode p = s.path("properties").path(f.getKey());
        if (p.isMissingNode()) problems.add(at + "." + f.getKey() + " is not in the spec");
        else check(p, f.getValue(), at + "." + f.getKey(), problems);
      }
    }
  }

  private static boolean nullable(JsonNode s) {
    if (s.path("nullable").asBoolean(false)) return true;
    for (JsonNode t : s.path("type")) if (t.asText().equals("null")) return true;
    return !s.has("type") && !s.has("properties");
  }

  private static boolean typeMatches(JsonNode s, JsonNode v) {
    JsonNode type = s.path("type");
    if (type.isMissingNode()) return !s.has("properties") || v.isObject();
    List<String> types = new ArrayList<>();
    if (type.isArray()) type.forEach(t -> types.add(t.asText()));
    else types.add(type.asText());
    for (String t : types) {
      boolean ok = switch (t) {
        case "string" -> v.isTextual();
        case "integer" -> v.isIntegralNumber();
        case "number" -> v.isNumber();
        case "boolean" -> v.isBoolean();
        case "array" -> v.isArray();
        case "object" -> v.isObject();
        default -> false;
      };
      if (ok) return true;
    }
    return false;
  }

  static JsonNode resolve(JsonNode node) {
    JsonNode n = node;
    while (n.has("$ref")) {
      String[] parts = n.path("$ref").asText().substring(2).split("/");
      JsonNode target = DOC;
      for (String p : parts) target = target.path(p);
      n = target;
    }
    return n;
  }

  /** The document's path template for a request path under {@code /api/v1}: literal segments win over parameters. */
  static String template(String rawPath) {
    String path = rawPath.replaceFirst("^/api/v1", "");
    String best = null;
    int bestParams = Integer.MAX_VALUE;
    for (Iterator<String> it = DOC.path("paths").fieldNames(); it.hasNext(); ) {
      String t = it.next();
      String regex = t.replaceAll("\\{[^/]+}", "[^/]+");
      if (!path.matches(regex)) continue;
      int params = t.split("\\{", -1).length - 1;
      if (params < bestParams) {
        best = t;
        bestParams = params;
      }
    }
    return best;
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }
}
