package com.wekruit.valet.neon;

/** A compute endpoint's type: one {@code read_write} per branch, any number of {@code read_only}. */
public enum EndpointType { READ_ONLY, READ_WRITE, UNKNOWN }
