package com.wekruit.valet.betterstack;

import com.squareup.moshi.JsonAdapter;
import com.wekruit.valet.error.ApiError;
import com.wekruit.valet.json.ValetJson;
import com.wekruit.valet.spi.ResponseInterpreter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Better Stack's error bodies and retry rules. {@code errors} is a string, a field-to-messages map (422 validation)
 * or a list; 422 may add {@code required_attributes} / {@code invalid_attributes}: all become field details. 429 is
 * rejected (safe to repeat); 5xx may have taken effect (repeated only for idempotent calls); everything else (401,
 * 403 plan gating, 404, 409, 422) is final.
 */
final class BetterStackErrors implements ResponseInterpreter {
  private static final JsonAdapter<Object> ANY = ValetJson.moshi().adapter(Object.class);

  /** The token of a heartbeat ping URL ({@code …/heartbeat/<token>}), also JSON-escaped or URL-encoded. */
  private static final Pattern PING_TOKEN =
      Pattern.compile("(?i)((?:/|\\\\/|%2F)heartbeat(?:/|\\\\/|%2F))[^/\\\\\\s\"'<>?#&%]+");

  /**
   * A heartbeat's ping URL carries its secret token, and any error body may echo one (a 422 naming the read-only
   * {@code url}, a proxy page quoting the request): no call can mark tokens it has not seen, so every ping URL token
   * in an error body is hidden before the body is parsed or excerpted.
   */
  @Override
  public String hideSecrets(String body) {
    return body == null ? null : PING_TOKEN.matcher(body).replaceAll("$1****");
  }

  @Override
  public ProviderError parseError(int status, String contentType, String body) {
    if (body.isBlank() || !body.stripLeading().startsWith("{")) return ProviderError.none();
    Object parsed;
    try {
      parsed = ANY.fromJson(body);
    } catch (IOException | RuntimeException notJson) {
      return ProviderError.none();
    }
    if (!(parsed instanceof Map<?, ?> map)) return ProviderError.none();
    Object errors = map.get("errors");
    String message = null;
    List<ApiError.Detail> details = new ArrayList<>();
    if (errors instanceof String s) {
      message = s;
    } else if (errors instanceof Map<?, ?> fields) {
      message = "validation failed";
      for (Map.Entry<?, ?> e : fields.entrySet()) addAll(details, String.valueOf(e.getKey()), e.getValue());
    } else if (errors instanceof List<?> list) {
      message = list.isEmpty() ? null : String.valueOf(list.get(0));
      for (int i = 1; i < list.size(); i++) details.add(new ApiError.Detail(null, String.valueOf(list.get(i))));
    }
    attributes(details, map.get("required_attributes"), "is required");
    attributes(details, map.get("invalid_attributes"), "is not a known attribute");
    return new ProviderError(null, message, null, details);
  }

  private static void addAll(List<ApiError.Detail> out, String field, Object messages) {
    if (messages instanceof List<?> l) {
      for (Object m : l) out.add(new ApiError.Detail(field, String.valueOf(m)));
    } else if (messages != null) {
      out.add(new ApiError.Detail(field, String.valueOf(messages)));
    }
  }

  private static void attributes(List<ApiError.Detail> out, Object names, String what) {
    if (names instanceof List<?> l) for (Object n : l) out.add(new ApiError.Detail(String.valueOf(n), what));
  }

  @Override
  public RetrySafety classify(int status, String code) {
    if (status == 429) return RetrySafety.REJECTED;
    return status >= 500 ? RetrySafety.TRANSIENT : RetrySafety.FINAL;
  }
}
