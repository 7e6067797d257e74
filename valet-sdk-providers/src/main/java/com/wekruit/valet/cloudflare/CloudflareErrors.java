package com.wekruit.valet.cloudflare;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Types;
import com.wekruit.valet.error.ApiError;
import com.wekruit.valet.json.ValetJson;
import com.wekruit.valet.spi.ResponseInterpreter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Cloudflare's v4 envelope, read in one place: {@code success: false} is an error on any status (HTTP 200
 * included), the first error's numeric code and message become the exception's code and message, further errors and
 * their {@code error_chain} become details, {@code CF-Ray} is the request id.
 *
 * <p>Retries: a 429 proves the request was rejected (any method is repeated); 408, 409 (lock timeouts) and 5xx may
 * have taken effect (only idempotent requests are repeated); everything else is final. Only a 429 of the global
 * budget (code 971, or no envelope at all) closes the client-wide gate; a 429 with another code is an endpoint's own
 * bucket (cache purge) and does not stop the client's other calls.
 */
final class CloudflareErrors implements ResponseInterpreter {
  /** "Please wait and consider throttling your request speed": the 1,200 requests / 5 min budget is spent. */
  static final String GLOBAL_RATE_LIMIT = "971";
  private static final JsonAdapter<Envelope<Object>> ADAPTER =
      ValetJson.moshi().adapter(Types.newParameterizedTypeWithOwner(null, Envelope.class, Object.class));

  @Override
  public ProviderError parseError(int status, String contentType, String body) {
    if (!contentType.contains("json") || body.isBlank()) return ProviderError.none();
    try {
      Envelope<Object> e = ADAPTER.fromJson(body);
      return e == null ? ProviderError.none() : fromErrors(e.errors());
    } catch (IOException | RuntimeException notTheEnvelope) {
      return ProviderError.none();
    }
  }

  @Override
  public ProviderError inspectSuccess(int status, Object decoded) {
    if (!(decoded instanceof Envelope<?> e)) return null;
    if (!e.success()) {
      ProviderError p = fromErrors(e.errors());
      return p.code() == null && p.message() == null ? ProviderError.of(null, "success: false without errors") : p;
    }
    if (e.result() == null) throw new JsonDataException("success: true without a result");
    return null;
  }

  @Override
  public RetrySafety classify(int status, String code) {
    if (status == 429 || GLOBAL_RATE_LIMIT.equals(code)) return RetrySafety.REJECTED;
    if (status == 408 || status == 409 || status >= 500) return RetrySafety.TRANSIENT;
    return RetrySafety.FINAL;
  }

  @Override
  public boolean isRateLimit(int status, String code) {
    return (status == 429 && code == null) || GLOBAL_RATE_LIMIT.equals(code);
  }

  @Override
  public List<String> requestIdHeaders() {
    return List.of("CF-Ray");
  }

  private static ProviderError fromErrors(List<Envelope.ErrorItem> errors) {
    if (errors.isEmpty()) return ProviderError.none();
    Envelope.ErrorItem first = errors.get(0);
    List<ApiError.Detail> details = new ArrayList<>();
    addChain(first, details);
    for (Envelope.ErrorItem more : errors.subList(1, errors.size())) {
      details.add(detail(more));
      addChain(more, details);
    }
    return new ProviderError(first.codeText(), first.message(), null, details);
  }

  private static void addChain(Envelope.ErrorItem e, List<ApiError.Detail> into) {
    for (Envelope.ErrorItem c : e.errorChain()) into.add(detail(c));
  }

  private static ApiError.Detail detail(Envelope.ErrorItem e) {
    String pointer = e.source() == null ? null : e.source().pointer();
    String code = e.codeText();
    return new ApiError.Detail(pointer, (code == null ? "" : code + ": ") + e.message());
  }

  /** A numeric code as decimal text ({@code 81057}, not {@code 81057.0}); strings pass through. */
  static String codeText(Object code) {
    if (code == null) return null;
    if (code instanceof Number n) {
      try {
        return new BigDecimal(n.toString()).toBigIntegerExact().toString();
      } catch (ArithmeticException | NumberFormatException notWhole) {
        return n.toString();
      }
    }
    return code.toString();
  }
}
