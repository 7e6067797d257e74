package com.wekruit.valet.hetzner;

/** Image type; only {@code SNAPSHOT} and {@code BACKUP} can be deleted. Immutable; thread-safe. */
public enum ImageType { SYSTEM, APP, SNAPSHOT, BACKUP, UNKNOWN }
