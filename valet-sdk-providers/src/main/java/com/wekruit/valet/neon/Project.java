package com.wekruit.valet.neon;

import com.wekruit.valet.json.Required;
import java.time.Instant;

/**
 * A Neon project, as listed or read (the list carries fewer fields; those are {@code null} or 0 there).
 *
 * @param historyRetentionSeconds how far back point-in-time branches and restores can go; 0 in lists
 * @param orgId {@code null} for personal projects
 */
public record Project(
    @Required String id,
    @Required String name,
    @Required String regionId,
    String platformId,
    int pgVersion,
    String proxyHost,
    String provisioner,
    boolean storePasswords,
    int historyRetentionSeconds,
    String ownerId,
    String orgId,
    Long syntheticStorageSize,
    @Required Instant createdAt,
    Instant updatedAt,
    Instant computeLastActiveAt) {}
