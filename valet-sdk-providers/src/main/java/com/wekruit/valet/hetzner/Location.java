package com.wekruit.valet.hetzner;

/** A location such as {@code fsn1}. Immutable; thread-safe. */
public record Location(
    long id,
    String name,
    String description,
    String country,
    String city,
    double latitude,
    double longitude,
    String networkZone) {}
