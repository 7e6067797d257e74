package com.wekruit.valet.metrics;

/**
 * A named series in a {@link Samples} table; rules and scaling policies read it by its slot, without lookups.
 * Immutable; thread-safe.
 */
public final class Metric {
  private final String name;
  private final int slot;
  private final Samples owner;

  Metric(String name, int slot, Samples owner) {
    this.name = name;
    this.slot = slot;
    this.owner = owner;
  }

  public String name() {
    return name;
  }

  /** Index in its table; stable for the table's life. */
  public int slot() {
    return slot;
  }

  /** The table it belongs to. */
  public Samples owner() {
    return owner;
  }

  @Override
  public String toString() {
    return "Metric[" + name + "]";
  }
}
