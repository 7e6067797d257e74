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
}
