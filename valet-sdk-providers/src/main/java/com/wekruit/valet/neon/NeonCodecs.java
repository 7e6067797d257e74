package com.wekruit.valet.neon;

import com.wekruit.valet.spi.ResponseCodec;

/** Codecs for Neon answers that are not plain JSON objects. */
final class NeonCodecs {
  private NeonCodecs() {}

  /** JSON, or {@code null} for the empty 204 Neon sends when a deleted branch or endpoint was already gone. */
  static <T> ResponseCodec<T> jsonOrGone(Class<T> type) {
    ResponseCodec<T> json = ResponseCodec.json(type);
    return (body, empty) -> empty ? null : json.decode(body, false);
  }
}
