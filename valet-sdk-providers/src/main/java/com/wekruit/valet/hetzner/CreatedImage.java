package com.wekruit.valet.hetzner;

/** A snapshot or backup being created, and the action creating it. Immutable; thread-safe. */
public record CreatedImage(Image image, ActionHandle action) {}
