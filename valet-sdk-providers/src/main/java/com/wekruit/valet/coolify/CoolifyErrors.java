package com.wekruit.valet.coolify;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Types;
import com.wekruit.valet.error.ApiError;
import com.wekruit.valet.json.ValetJson;
import com.wekruit.valet.spi.ResponseInterpreter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Coolify's error bodies ({@code {"message": ..., "errors": {field: [..]}}}, 409 {@code conflicts[]}, 400
 * {@code error}) and its retry rules. Coolify sends no machine codes, so the code is derived from status and message:
 * {@code invalid_token}, {@code unauthenticated}, {@code api_disabled}, {@code ip_not_allowed},
 * {@code missing_permission}, {@code forbidden}, {@code not_found}, {@code method_not_allowed}, {@code conflict},
 * {@code validation_failed}, {@code rate_limited}, {@code deployment_queue_full}, {@code server_error}.
 *
 * <p>A 429 proves the request was refused, so any method is repeated after {@code Retry-After}; only Laravel's
 * throttle ({@code rate_limited}) closes the client-wide gate, a full deployment queue does not. 401 and 403 are never
 * repeated (Coolify locks out tokens with many failed requests). 5xx are repeated only for idempotent requests.
 */
final class CoolifyErrors implements ResponseInterpreter {
  static final String QUEUE_FULL = "deployment_queue_full";
  private static final JsonAdapter<Map<String, Object>> BODY =
      ValetJson.moshi().adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  @Override
  public ProviderError parseError(int status, String contentType, String body) {
    Map<String, Object> map = json(contentType, body);
    String message = map == null ? null : text(map.get("message"));
    List<ApiError.Detail> details = map == null ? List.of() : details(map);
    return new ProviderError(code(status, message), message, null, details);
  }

  /** The derived code for a status and message (see the class comment). */
  static String code(int status, String message) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    return switch (status) {
      case 400 -> m.contains("invalid token") ? "invalid_token" : queueFull(m) ? QUEUE_FULL : "bad_request";
      case 401 -> "unauthenticated";
      case 403 -> ForbiddenReason.fromMessage(m).code();
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 409 -> "conflict";
      case 422 -> "validation_failed";
      case 429 -> queueFull(m) ? QUEUE_FULL : "rate_limited";
      default -> status >= 500 ? "server_error" : null;
    };
  }

  private static boolean queueFull(String m) {
    return m.contains("queue") && (m.contains("full") || m.contains("limit"));
  }

  @Override
  public RetrySafety classify(int status, String code) {
    if (status == 429) return RetrySafety.REJECTED;
    return status == 500 || status == 502 || status == 503 || status == 504 ? RetrySafety.TRANSIENT
        : RetrySafety.FINAL;
  }

  @Override
  public boolean isRateLimit(int status, String code) {
    return status == 429 && !QUEUE_FULL.equals(code);
  }

  @Override
  public List<String> requestIdHeaders() {
    return List.of("X-Request-Id", "Cf-Ray");
  }

  private static Map<String, Object> json(String contentType, String body) {
    if (!contentType.contains("json") || body.isBlank()) return null;
    try {
      return BODY.fromJson(body);
    } catch (IOException | RuntimeException notJson) {
      return null;
    }
  }

  /** {@code errors} (field → messages), {@code conflicts[]} (domain → message) and a 400's {@code error}. */
  private static List<ApiError.Detail> details(Map<String, Object> map) {
    List<ApiError.Detail> out = new ArrayList<>();
    if (map.get("errors") instanceof Map<?, ?> errors) {
      errors.forEach((field, messages) -> {
        if (messages instanceof List<?> list) {
          for (Object m : list) out.add(new ApiError.Detail(String.valueOf(field), text(m)));
        } else {
          out.add(new ApiError.Detail(String.valueOf(field), text(messages)));
        }
      });
    }
    if (map.get("conflicts") instanceof List<?> conflicts) {
      for (Object c : conflicts) {
        if (c instanceof Map<?, ?> conflict) {
          out.add(new ApiError.Detail(text(conflict.get("domain")), text(conflict.get("message"))));
        }
      }
    }
    if (map.get("error") instanceof String error) out.add(new ApiError.Detail(null, error));
    return out;
  }

  /** A string, or the strings of a list joined (older deploy-by-tag answers send a list), or {@code null}. */
  private static String text(Object o) {
    if (o instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      for (Object x : list) parts.add(String.valueOf(x));
      return String.join("; ", parts);
    }
    return o == null ? null : String.valueOf(o);
  }
}
