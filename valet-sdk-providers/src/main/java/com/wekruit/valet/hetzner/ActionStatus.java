package com.wekruit.valet.hetzner;

/** Action status. Immutable; thread-safe. */
public enum ActionStatus { RUNNING, SUCCESS, ERROR, UNKNOWN }
