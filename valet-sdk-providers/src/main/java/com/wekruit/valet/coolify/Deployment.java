package com.wekruit.valet.coolify;

import com.wekruit.valet.json.OpenEnum;
import com.wekruit.valet.json.Required;

/**
 * One application deployment (the API's {@code ApplicationDeploymentQueue}). Timestamps are the API's strings.
 *
 * @param logs the deployment log as JSON text; only sent to tokens with {@code read:sensitive}, else {@code null}
 * @param rollback whether this deployment rolled back to an earlier image
 * @param restartOnly a restart without a build
 */
public record Deployment(
    long id,
    @Required String deploymentUuid,
    @Required OpenEnum<DeploymentStatus> status,
    String applicationId,
    String applicationName,
    Integer serverId,
    String serverName,
    String commit,
    String commitMessage,
    String deploymentUrl,
    Integer pullRequestId,
    boolean forceRebuild,
    boolean restartOnly,
    boolean rollback,
    boolean isApi,
    boolean isWebhook,
    String logs,
    String createdAt,
    String updatedAt) {

  /** Whether it reached {@code finished}, {@code failed} or {@code cancelled-by-user}. */
  public boolean terminal() {
    return status.value().terminal();
  }

  @Override
  public String toString() {
    return "Deployment[" + deploymentUuid + " " + status + " " + applicationName + " " + commit
        + (rollback ? " rollback" : "") + "]";
  }
}
