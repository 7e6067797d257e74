package com.wekruit.valet.hetzner;

import com.squareup.moshi.JsonAdapter;
import com.wekruit.valet.http.ProviderErrors;
import com.wekruit.valet.json.ValetJson;
import java.io.IOException;
import java.util.Set;

/**
 * Hetzner's error envelope and retry rules (as hcloud-go, plus: requests that may have taken effect are only retried
 * when idempotent). {@code locked}, {@code unavailable}, {@code invalid_input}, {@code unauthorized} and
 * {@code token_readonly} are never retried.
 */
final class HetznerErrors implements ProviderErrors {
  /** Codes that say the request did not take effect. */
  private static final Set<String> REJECTED = Set.of("conflict", "rate_limit_exceeded", "limit_reached");
  /** Codes after which the request may or may not have taken effect. */
  private static final Set<String> AMBIGUOUS = Set.of("timeout", "bad_gateway");
  private static final JsonAdapter<Envelopes.ErrorEnvelope> ADAPTER =
      ValetJson.moshi().adapter(Envelopes.ErrorEnvelope.class);

  @Override
  public ParsedError parse(int status, String contentType, String body) {
    if (!contentType.contains("json") || body.isBlank()) return new ParsedError(null, null);
    try {
      Envelopes.ErrorEnvelope e = ADAPTER.fromJson(body);
      if (e == null || e.error() == null) return new ParsedError(null, null);
      return new ParsedError(e.error().code(), e.error().message());
    } catch (IOException | RuntimeException notTheEnvelope) {
      return new ParsedError(null, null);
    }
  }

  @Override
  public boolean retryable(int status, String code, boolean idempotent) {
    if (code != null) {
      if (REJECTED.contains(code)) return true;
      return AMBIGUOUS.contains(code) && idempotent;
    }
    if (status == 429) return true;
    return (status == 502 || status == 504) && idempotent;
  }

  @Override
  public String requestIdHeader() {
    return "X-Correlation-Id";
  }
}
