package com.wekruit.valet.hetzner;

/** Image status. Immutable; thread-safe. */
public enum ImageStatus { AVAILABLE, CREATING, UNAVAILABLE, UNKNOWN }
