package com.wekruit.valet.hetzner;

/** Image status. */
public enum ImageStatus { AVAILABLE, CREATING, UNAVAILABLE, UNKNOWN }
