package com.wekruit.valet.hetzner;

/** Server metric families. */
public enum MetricType { CPU, DISK, NETWORK }
