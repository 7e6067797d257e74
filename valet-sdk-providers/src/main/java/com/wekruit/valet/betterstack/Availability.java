package com.wekruit.valet.betterstack;

/**
 * Availability over a period (monitor SLA, heartbeat availability).
 *
 * @param availability percent, e.g. 99.98
 * @param totalDowntime seconds
 * @param longestIncident seconds
 * @param averageIncident seconds
 */
public record Availability(double availability, long totalDowntime, long numberOfIncidents, long longestIncident,
    long averageIncident) {}
