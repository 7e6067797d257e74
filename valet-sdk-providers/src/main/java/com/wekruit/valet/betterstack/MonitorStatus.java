package com.wekruit.valet.betterstack;

/**
 * A monitor's or heartbeat's {@code status}. {@code VALIDATING}: back up, but the recovery period has not elapsed yet.
 * {@code UNKNOWN} also stands for values newer than this SDK.
 */
public enum MonitorStatus { UP, DOWN, PAUSED, PENDING, MAINTENANCE, VALIDATING, UNKNOWN }
