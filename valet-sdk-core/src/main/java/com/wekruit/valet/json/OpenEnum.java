package com.wekruit.valet.json;

import java.util.Objects;

/**
 * A provider enum value that survives values this SDK version does not know: {@link #value()} is the constant, or the
 * enum's {@code UNKNOWN} constant, and {@link #raw()} always keeps the string the API sent.
 *
 * <p>Immutable; thread-safe.
 *
 * @param <E> an enum that declares an {@code UNKNOWN} constant
 */
public record OpenEnum<E extends Enum<E>>(E value, String raw) {
  public OpenEnum {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(raw, "raw");
  }

  /** A known value; its raw form is the wire name. */
  public static <E extends Enum<E>> OpenEnum<E> of(E value) {
    return new OpenEnum<>(value, WireNames.of(value));
  }

  /** Whether this is {@code candidate}. */
  public boolean is(E candidate) {
    return value == candidate;
  }

  /** Whether the API sent a value this SDK version does not know. */
  public boolean isUnknown() {
    return "UNKNOWN".equals(value.name());
  }

  @Override
  public String toString() {
    return raw;
  }
}
