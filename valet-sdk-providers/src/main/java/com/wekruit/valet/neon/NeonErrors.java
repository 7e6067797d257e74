package com.wekruit.valet.neon;

import com.squareup.moshi.JsonAdapter;
import com.wekruit.valet.json.ValetJson;
import com.wekruit.valet.spi.ResponseInterpreter;
import java.io.IOException;
import java.util.List;

/**
 * Neon's error body ({@code {"code": "", "message": "...", "request_id": "..."}}) and retry rules. A 429 proves the
 * request was rejected, so any method is repeated after the wait. 5xx and 503 are repeated only for idempotent
 * requests: Neon documents 503 as always safe to retry, but a 503 may come from a proxy in front of Neon, so a create
 * is not sent twice on its word. 423 is final here: {@link Operations} waits for the running operations that hold the
 * lock and repeats the call; a 423 for any other reason (a quota) is the caller's error.
 */
final class NeonErrors implements ResponseInterpreter {
  private static final JsonAdapter<Envelopes.ErrorBody> ADAPTER = ValetJson.moshi().adapter(Envelopes.ErrorBody.class);

  @Override
  public ProviderError parseError(int status, String contentType, String body) {
    if (!contentType.contains("json") || body.isBlank()) return ProviderError.none();
    try {
      Envelopes.ErrorBody e = ADAPTER.fromJson(body);
      if (e == null) return ProviderError.none();
      String code = e.code() == null || e.code().isEmpty() ? null : e.code();
      return new ProviderError(code, e.message(), e.requestId(), List.of());
    } catch (IOException | RuntimeException notTheEnvelope) {
      return ProviderError.none();
    }
  }

  @Override
  public RetrySafety classify(int status, String code) {
    if (status == 429) return RetrySafety.REJECTED;
    if (status == 500 || status == 502 || status == 503 || status == 504) return RetrySafety.TRANSIENT;
    return RetrySafety.FINAL;
  }
}
