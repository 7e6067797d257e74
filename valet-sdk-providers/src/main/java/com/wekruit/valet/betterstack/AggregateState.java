package com.wekruit.valet.betterstack;

/** A status page's {@code aggregate_state}; {@code UNKNOWN} for values newer than this SDK. */
public enum AggregateState { OPERATIONAL, DEGRADED, DOWNTIME, MAINTENANCE, UNKNOWN }
