package com.wekruit.valet.coolify;

import com.wekruit.valet.json.Required;

/**
 * A service (a one-click template or a Docker Compose stack). The compose files are not modelled.
 *
 * @param serviceType the one-click template, e.g. {@code plausible}, or {@code null}
 */
public record Service(
    @Required String uuid,
    String name,
    String description,
    String serviceType,
    Integer serverId,
    Integer environmentId,
    String createdAt,
    String updatedAt) {}
