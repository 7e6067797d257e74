package com.wekruit.valet.hetzner;

/** Server status; {@code UNKNOWN} also stands for values newer than this SDK (see {@code OpenEnum.raw()}). Immutable; thread-safe. */
public enum ServerStatus { RUNNING, INITIALIZING, STARTING, STOPPING, OFF, DELETING, MIGRATING, REBUILDING, UNKNOWN }
