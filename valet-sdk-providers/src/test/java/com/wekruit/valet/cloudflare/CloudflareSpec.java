package com.wekruit.valet.cloudflare;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.wekruit.valet.spec.SpecCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The Cloudflare document for {@link SpecCheck}, with three fix-ups: response ranges {@code 4xx} spelled {@code 4XX};
 * each error response's {@code allOf [<success envelope>, <failure envelope>]} reduced to the failure envelope (the
 * success part says {@code success: true}, the failure part {@code success: false}: no body can match both); and API
 * tokens accepted on every operation (the document lists only the legacy key pair on DNS records, which the live API
 * and Cloudflare's own SDKs contradict); DNS record request bodies no longer require the read-only {@code id},
 * {@code proxiable}, {@code created_on} and {@code modified_on} (OpenAPI 3.0: required read-only properties apply to
 * responses only; the validator does not know that); DELETE operations no longer require a JSON body without a
 * schema (the live API and Cloudflare's SDKs send none); and properties declared as any value ({@code {}}, e.g. a
 * setting's {@code value}) are left unconstrained instead of being read as objects by the parser. The validator's additional-properties check is off: it rejects every object
 * that {@code allOf} composes from parts (each part sees the other parts' fields as extra), and the document declares
 * no {@code additionalProperties: false} of its own. Required fields, types, formats and enums are still checked.
 */
final class CloudflareSpec {
  private static final String RECORD = "dns-records_dns-record";
  private static final String REF = "#/components/schemas/" + RECORD;
  private static final java.util.Set<Object> DOCS = java.util.Set.of("description", "example", "title");
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  private CloudflareSpec() {}

  private static OpenApiInteractionValidator validator;

  static synchronized OpenApiInteractionValidator validator() {
    if (validator == null) {
      validator = OpenApiInteractionValidator.createForInlineApiSpecification(fixUp(SpecCheck.load(
          "cloudflare-subset.json"))).withLevelResolver(LevelResolver.create()
          .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE).build()).build();
    }
    return validator;
  }

  @SuppressWarnings("unchecked")
  static String fixUp(String text) {
    try {
      Map<String, Object> spec = (Map<String, Object>) JSON.fromJson(text);
      Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas");
      Map<String, Object> request = new java.util.LinkedHashMap<>((Map<String, Object>) schemas.get(RECORD));
      request.put("required", List.of("type", "name", "content"));
      schemas.put(RECORD + "-request", request);
      anyValue(schemas);
      for (Object path : ((Map<String, Object>) spec.get("paths")).values()) {
        for (Map.Entry<String, Object> e : ((Map<String, Object>) path).entrySet()) {
          if (!(e.getValue() instanceof Map<?, ?> operation) || !(operation.get("responses") instanceof Map<?, ?> rs)) {
            continue;
          }
          if (e.getKey().equals("delete")) operation.remove("requestBody");
          if (operation.get("security") instanceof List<?> security) tokenToo((List<Object>) security);
          if (operation.get("requestBody") instanceof Map<?, ?> body) requestRecord(body.get("content"));
          Map<String, Object> responses = (Map<String, Object>) rs;
          Object lower = responses.remove("4xx");
          if (lower != null) responses.put("4XX", lower);
          if (responses.get("4XX") instanceof Map<?, ?> r) failureOnly((Map<String, Object>) r);
        }
      }
      return JSON.toJson(spec);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Drops properties whose schema is empty: "any value" then stays any value. */
  @SuppressWarnings("unchecked")
  private static void anyValue(Object node) {
    if (node instanceof Map<?, ?> map) {
      if (map.get("properties") instanceof Map<?, ?> props) {
        props.values().removeIf(v -> v instanceof Map<?, ?> m && DOCS.containsAll(m.keySet()));
      }
      for (Object v : map.values()) anyValue(v);
    } else if (node instanceof List<?> list) {
      for (Object v : list) anyValue(v);
    }
  }

  @SuppressWarnings("unchecked")
  private static void requestRecord(Object content) {
    if (content instanceof Map<?, ?> c && c.get("application/json") instanceof Map<?, ?> media
        && media.get("schema") instanceof Map<?, ?> schema && REF.equals(schema.get("$ref"))) {
      ((Map<String, Object>) media).put("schema", Map.of("$ref", REF + "-request"));
    }
  }

  private static void tokenToo(List<Object> security) {
    if (security.stream().noneMatch(r -> r instanceof Map<?, ?> m && m.containsKey("api_token"))) {
      security.add(Map.of("api_token", List.of()));
    }
  }

  @SuppressWarnings("unchecked")
  private static void failureOnly(Map<String, Object> response) {
    if (!(response.get("content") instanceof Map<?, ?> content)) return;
    if (!(content.get("application/json") instanceof Map<?, ?> media)) return;
    if (!(media.get("schema") instanceof Map<?, ?> schema) || !(schema.get("allOf") instanceof List<?> parts)) return;
    for (Object part : parts) {
      if (part instanceof Map<?, ?> p && String.valueOf(p.get("$ref")).endsWith("api-response-common-failure")) {
        ((Map<String, Object>) media).put("schema", p);
        return;
      }
    }
  }
}
