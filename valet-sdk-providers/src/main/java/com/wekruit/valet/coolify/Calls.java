package com.wekruit.valet.coolify;

import com.wekruit.valet.spi.ApiCall;
import java.lang.reflect.Type;

/** Request helpers shared by the resource groups. */
final class Calls {
  /** Encodes as {@code {}}. */
  record Empty() {}

  private static final Empty EMPTY = new Empty();

  private Calls() {}

  /**
   * A state-changing POST without parameters. It carries an empty JSON object so the request has
   * {@code Content-Type: application/json}, which Coolify demands of every body it reads.
   */
  static <T> ApiCall<T> post(String path, Type responseType) {
    return ApiCall.post(path, EMPTY, responseType);
  }

  /**
   * Marks {@code secret} on the call, also in the forms Coolify echoes it inside a JSON body: Laravel's
   * {@code json_encode} escapes slashes, quotes, backslashes and control characters, and writes non-ASCII as
   * backslash-u escapes, so the raw value alone would not be found in an error body's excerpt.
   */
  static <T> ApiCall.Builder<T> secret(ApiCall.Builder<T> call, String secret) {
    call.secret(secret);
    for (boolean slashes : new boolean[] {true, false}) {
      for (boolean unicode : new boolean[] {true, false}) {
        String form = jsonEscaped(secret, slashes, unicode);
        if (!form.equals(secret)) call.secret(form);
      }
    }
    return call;
  }

  private static String jsonEscaped(String s, boolean slashes, boolean unicode) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '/' -> b.append(slashes ? "\\/" : "/");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20 || (unicode && c > 0x7f)) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.toString();
  }
}
