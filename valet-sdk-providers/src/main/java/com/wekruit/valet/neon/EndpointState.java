package com.wekruit.valet.neon;

/** A compute endpoint's state; {@code idle} means suspended. */
public enum EndpointState { INIT, ACTIVE, IDLE, UNKNOWN }
