package com.wekruit.valet.hetzner;

import com.squareup.moshi.JsonAdapter;
import com.wekruit.valet.json.ValetJson;
import com.wekruit.valet.spi.ResponseInterpreter;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Hetzner's error envelope and retry rules (as hcloud-go, plus: requests that may have taken effect are only retried
 * when idempotent). {@code locked}, {@code unavailable}, {@code invalid_input}, {@code unauthorized},
 * {@code token_readonly} and {@code limit_reached} (a quota, not a rate limit) are never retried.
 */
final class HetznerErrors implements ResponseInterpreter {
  /** Codes that say the request did not take effect. */
  private static final Set<String> REJECTED = Set.of("conflict", "rate_limit_exceeded");
  /** Codes after which the request may or may not have taken effect. */
  private static final Set<String> AMBIGUOUS = Set.of("timeout", "bad_gateway");
  private static final JsonAdapter<Envelopes.ErrorEnvelope> ADAPTER =
      ValetJson.moshi().adapter(Envelopes.ErrorEnvelope.class);

  @Override
  public ProviderError parseError(int status, String contentType, String body) {
    if (!contentType.contains("json") || body.isBlank()) return ProviderError.none();
    try {
      Envelopes.ErrorEnvelope e = ADAPTER.fromJson(body);
      if (e == null || e.error() == null) return ProviderError.none();
      return ProviderError.of(e.error().code(), e.error().message());
    } catch (IOException | RuntimeException notTheEnvelope) {
      return ProviderError.none();
    }
  }

  @Override
  public RetrySafety classify(int status, String code) {
    if (code != null) {
      if (REJECTED.contains(code)) return RetrySafety.REJECTED;
      return AMBIGUOUS.contains(code) ? RetrySafety.TRANSIENT : RetrySafety.FINAL;
    }
    if (status == 429) return RetrySafety.REJECTED;
    return status == 502 || status == 504 ? RetrySafety.TRANSIENT : RetrySafety.FINAL;
  }

  @Override
  public boolean isRateLimit(int status, String code) {
    return status == 429 || "rate_limit_exceeded".equals(code);
  }

  @Override
  public List<String> requestIdHeaders() {
    return List.of("X-Correlation-Id");
  }
}
