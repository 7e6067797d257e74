package com.wekruit.valet.upstash;

/** A Redis database's state; older databases may report other values, kept raw as {@code UNKNOWN}. */
public enum DatabaseState { ACTIVE, SUSPENDED, PASSIVE, UNKNOWN }
