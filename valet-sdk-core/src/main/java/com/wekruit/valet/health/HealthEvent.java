package com.wekruit.valet.health;

/**
 * A check changed status. {@code previous} is {@code null} for the first result.
 */
public record HealthEvent(CheckState previous, CheckState current) {}
