package com.wekruit.valet.coolify;

import com.wekruit.valet.json.Required;
import java.util.List;

/** Response shapes as the API really sends them (see the spec deviations in the tests). */
final class Envelopes {
  private Envelopes() {}

  record Message(String message) {}

  record Uuid(@Required String uuid) {}

  /** start, restart and rollback: the deployment they queued (an existing one for a duplicate trigger). */
  record Queued(String message, @Required String deploymentUuid) {}

  /** {@code GET /deployments/applications/{uuid}}: really {@code {count, deployments}}, not {@code Application[]}. */
  record DeploymentsPage(@Required long count, @Required List<Deployment> deployments) {}

  /** {@code /deploy}: {@code deployments[]}; versions before 4.0 answered tags with {@code details[]} instead. */
  record DeployResponse(List<DeployResult.Triggered> deployments, List<DeployResult.Triggered> details) {}

  record Cancelled(String message, String deploymentUuid, String status) {}
}
