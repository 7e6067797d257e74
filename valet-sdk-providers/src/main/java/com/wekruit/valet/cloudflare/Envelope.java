package com.wekruit.valet.cloudflare;

import com.wekruit.valet.json.Required;
import java.util.ArrayList;
import java.util.List;

/**
 * The v4 envelope every Cloudflare answer comes in. {@code result} is checked by {@link CloudflareErrors}: an envelope
 * that says {@code success: false} is an error (also on HTTP 200), one that says {@code success: true} without a
 * result is undecodable.
 *
 * @param messages objects ({@code code}, {@code message}) on most endpoints, plain strings on R2's
 */
record Envelope<T>(@Required Boolean success, List<ErrorItem> errors, List<Object> messages, T result,
    ResultInfo resultInfo) {

  /** Paging facts; {@code totalPages} is sent by the live API although the 2024 spec omits it. */
  record ResultInfo(Long page, Long perPage, Long count, Long totalCount, Long totalPages, String cursor) {}

  /** One error; {@code code} is numeric on the wire, kept as text (also when a proxy sends a string). */
  record ErrorItem(Object code, String message, Source source, List<ErrorItem> errorChain) {
    String codeText() {
      return CloudflareErrors.codeText(code);
    }
  }

  /** Where in the request the problem is. */
  record Source(String pointer) {}

  /** {@code messages} as notices, whichever form they came in. */
  List<Notice> notices() {
    List<Notice> out = new ArrayList<>();
    for (Object m : messages) {
      if (m instanceof String s) out.add(new Notice(null, s));
      else if (m instanceof java.util.Map<?, ?> map) {
        Object msg = map.get("message");
        out.add(new Notice(CloudflareErrors.codeText(map.get("code")), msg == null ? null : msg.toString()));
      }
    }
    return List.copyOf(out);
  }
}
