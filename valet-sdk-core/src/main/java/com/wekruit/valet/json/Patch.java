package com.wekruit.valet.json;

import java.util.Objects;

/**
 * A field of an update request: leave it alone ({@link #unset()}, not sent), set it ({@link #set}), or clear it
 * ({@link #clear()}, sent as JSON {@code null}).
 * <p>Immutable; thread-safe.
 */
public final class Patch<T> {
  private static final Patch<?> UNSET = new Patch<>(null, false);
  private static final Patch<?> CLEAR = new Patch<>(null, true);
  private final T value;
  private final boolean present;

  private Patch(T value, boolean present) {
    this.value = value;
    this.present = present;
  }

  @SuppressWarnings("unchecked")
  public static <T> Patch<T> unset() {
    return (Patch<T>) UNSET;
  }

  @SuppressWarnings("unchecked")
  public static <T> Patch<T> clear() {
    return (Patch<T>) CLEAR;
  }

  public static <T> Patch<T> set(T value) {
    return new Patch<>(Objects.requireNonNull(value, "value (use Patch.clear() to clear)"), true);
  }

  /** Whether the field is sent at all. */
  public boolean isPresent() {
    return present;
  }

  /** The value to send; {@code null} when clearing. */
  public T value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Patch<?> p && p.present == present && Objects.equals(p.value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, present);
  }

  @Override
  public String toString() {
    return !present ? "unset" : value == null ? "clear" : "set(" + value + ")";
  }
}
