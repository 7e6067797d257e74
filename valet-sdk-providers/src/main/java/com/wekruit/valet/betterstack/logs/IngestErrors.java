package com.wekruit.valet.betterstack.logs;

import com.wekruit.valet.spi.ResponseInterpreter;

/**
 * The log ingest's answers: plain-text errors ({@code Unauthorized}, {@code Couldn't parse JSON content.},
 * {@code payload reached size limit}). 429 is rejected (repeat), 408 and 5xx may be repeated (a log batch is sent
 * at least once rather than lost), 403/406/413 are final (413 is split by the shipper).
 */
final class IngestErrors implements ResponseInterpreter {
  @Override
  public ProviderError parseError(int status, String contentType, String body) {
    String text = body == null ? "" : body.strip();
    return text.isEmpty() || text.startsWith("<") ? ProviderError.none() : ProviderError.of(null, text);
  }

  @Override
  public RetrySafety classify(int status, String code) {
    if (status == 429) return RetrySafety.REJECTED;
    return status == 408 || status >= 500 ? RetrySafety.TRANSIENT : RetrySafety.FINAL;
  }
}
