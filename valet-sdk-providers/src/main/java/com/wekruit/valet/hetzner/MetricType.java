package com.wekruit.valet.hetzner;

/** Server metric families. Immutable; thread-safe. */
public enum MetricType { CPU, DISK, NETWORK }
