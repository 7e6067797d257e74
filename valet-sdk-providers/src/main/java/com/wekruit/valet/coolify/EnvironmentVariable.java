package com.wekruit.valet.coolify;

import com.wekruit.valet.json.Required;

/**
 * An environment variable of an application. {@code value} and {@code realValue} are only sent to tokens with
 * {@code read:sensitive}; {@link #toString()} never shows them.
 *
 * @param realValue the value with shared variables resolved
 * @param comment {@code null} when there is none
 */
public record EnvironmentVariable(
    @Required String uuid,
    @Required String key,
    String value,
    String realValue,
    boolean isPreview,
    boolean isLiteral,
    boolean isMultiline,
    boolean isShownOnce,
    boolean isRuntime,
    boolean isBuildtime,
    boolean isShared,
    String comment) {

  @Override
  public String toString() {
    return "EnvironmentVariable[" + key + "=****" + (isPreview ? ", preview" : "") + ", uuid=" + uuid + "]";
  }
}
