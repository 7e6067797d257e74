package com.wekruit.valet.hetzner;

/** Action status. */
public enum ActionStatus { RUNNING, SUCCESS, ERROR, UNKNOWN }
