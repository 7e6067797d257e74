package com.wekruit.valet.neon;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;
import java.time.Instant;

/**
 * One step Neon runs in the background after a mutating call (create a branch, start a compute). A resource is usable
 * only once all the operations its call returned are final; {@link Pending} waits for them.
 *
 * @param error set when the operation failed
 * @param failuresCount how often Neon retried it internally
 */
public record NeonOperation(
    @Required String id,
    @Required String projectId,
    String branchId,
    String endpointId,
    @Required OpenEnum<OperationAction> action,
    @Required OpenEnum<OperationStatus> status,
    String error,
    int failuresCount,
    Instant retryAt,
    @Required Instant createdAt,
    Instant updatedAt,
    long totalDurationMs) {

  /** Whether the operation will not change any more (success or failure). */
  public boolean isFinal() {
    return status.value().isFinal();
  }

  public boolean failed() {
    return status.value().isFailure();
  }
}
