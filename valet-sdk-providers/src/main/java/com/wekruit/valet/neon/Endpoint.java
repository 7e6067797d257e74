package com.wekruit.valet.neon;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;
import java.time.Instant;

/**
 * A compute endpoint (a Postgres compute attached to a branch).
 *
 * @param autoscalingLimitMinCu compute units, at least 0.25
 * @param suspendTimeoutSeconds 0 = Neon's default (300 s), -1 = never suspend
 * @param provisioner {@code k8s-pod} or {@code k8s-neonvm} (a free string in the API)
 */
public record Endpoint(
    @Required String id,
    @Required String host,
    @Required String projectId,
    @Required String branchId,
    String name,
    String regionId,
    double autoscalingLimitMinCu,
    double autoscalingLimitMaxCu,
    @Required OpenEnum<EndpointType> type,
    @Required OpenEnum<EndpointState> currentState,
    OpenEnum<EndpointState> pendingState,
    boolean poolerEnabled,
    String poolerMode,
    boolean disabled,
    boolean passwordlessAccess,
    long suspendTimeoutSeconds,
    String provisioner,
    Instant lastActive,
    @Required Instant createdAt,
    Instant updatedAt,
    Instant startedAt,
    Instant suspendedAt) {}
