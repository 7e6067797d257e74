package com.wekruit.valet.upstash;

import com.squareup.moshi.JsonDataException;
import com.wekruit.valet.spi.ResponseCodec;
import java.nio.charset.StandardCharsets;

/** The bare {@code "OK"} (a JSON string) many management calls answer with; anything else is undecodable. */
final class OkReply {
  static final ResponseCodec<Void> CODEC = (body, empty) -> {
    String text = empty ? "" : body.readString(StandardCharsets.UTF_8).strip();
    if (text.equals("\"OK\"") || text.equals("OK")) return null;
    throw new JsonDataException("expected \"OK\", got " + (text.length() > 40 ? text.substring(0, 40) + "..." : text));
  };

  private OkReply() {}
}
