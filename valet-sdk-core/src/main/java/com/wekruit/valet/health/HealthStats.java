package com.wekruit.valet.health;

/**
 * Counters of a monitor's own health, for metrics. A snapshot; immutable.
 *
 * @param threads worker threads alive, abandoned ones included
 * @param busyThreads workers inside a check right now
 * @param abandonedThreads workers written off so far because a check ignored its deadline and the interrupt
 * @param saturatedRuns runs that could not start within their deadline because every worker was busy
 * @param timeouts runs recorded as {@link Reason#TIMEOUT} by the deadline watchdog
 */
public record HealthStats(int threads, int busyThreads, long abandonedThreads, long saturatedRuns, long timeouts) {}
