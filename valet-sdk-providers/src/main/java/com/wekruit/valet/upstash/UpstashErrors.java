package com.wekruit.valet.upstash;

import com.squareup.moshi.JsonReader;
import com.wekruit.valet.spi.ResponseInterpreter;
import java.io.IOException;
import java.util.List;
import okio.Buffer;

/**
 * Upstash's error bodies, which are not uniform: a JSON string ({@code "database not found"}), an object with
 * {@code error} (the Redis REST API: {@code {"error":"ERR ..."}}), {@code message} or {@code code}+{@code message}
 * (the OpenAPI document), or plain text. Redis errors get their first word ({@code ERR}, {@code WRONGTYPE},
 * {@code WRONGPASS}) as the code. A 429 proves rejection; 5xx may have taken effect (idempotent calls only); the rest,
 * quota errors ({@code ERR max requests limit exceeded}) included, are final.
 */
class UpstashErrors implements ResponseInterpreter {

  @Override
  public ProviderError parseError(int status, String contentType, String body) {
    String text = body.strip();
    if (text.isEmpty()) return ProviderError.none();
    try {
      JsonReader r = JsonReader.of(new Buffer().writeUtf8(text));
      if (r.peek() == JsonReader.Token.STRING) return ProviderError.of(null, r.nextString());
      if (r.peek() == JsonReader.Token.BEGIN_OBJECT) return object(r);
    } catch (IOException | RuntimeException notJson) {
      // plain text below
    }
    return contentType.contains("json") || contentType.contains("html") ? ProviderError.none()
        : ProviderError.of(null, text);
  }

  private static ProviderError object(JsonReader r) throws IOException {
    String code = null;
    String message = null;
    String error = null;
    r.beginObject();
    while (r.hasNext()) {
      String name = r.nextName();
      if (r.peek() != JsonReader.Token.STRING) {
        r.skipValue();
        continue;
      }
      switch (name) {
        case "error" -> error = r.nextString();
        case "message" -> message = r.nextString();
        case "code" -> code = r.nextString();
        default -> r.skipValue();
      }
    }
    if (error != null) return ProviderError.of(code != null ? code : redisCode(error), error);
    return ProviderError.of(code == null || code.isEmpty() ? null : code, message);
  }

  /** The first word of a Redis error when it is an upper-case code ({@code ERR}, {@code WRONGTYPE}). */
  static String redisCode(String error) {
    int space = error.indexOf(' ');
    String first = space < 0 ? error : error.substring(0, space);
    return !first.isEmpty() && first.length() <= 20 && first.chars().allMatch(c -> c >= 'A' && c <= 'Z') ? first : null;
  }

  @Override
  public RetrySafety classify(int status, String code) {
    if (status == 429) return RetrySafety.REJECTED;
    return status >= 500 && status != 501 ? RetrySafety.TRANSIENT : RetrySafety.FINAL;
  }

  @Override
  public List<String> requestIdHeaders() {
    return List.of("X-Request-Id", "Cf-Ray");
  }
}
