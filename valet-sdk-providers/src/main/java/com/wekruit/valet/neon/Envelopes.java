package com.wekruit.valet.neon;

import com.wekruit.valet.json.Required;
import java.util.List;

/** Neon's response bodies as the API sends them. */
final class Envelopes {
  private Envelopes() {}

  record ErrorBody(String code, String message, String requestId) {}

  /** {@code pagination.cursor} (projects, operations). */
  record Cursor(String cursor) {}

  /** {@code pagination.next} (branches). */
  record Next(String next) {}

  record ProjectEnvelope(@Required Project project) {}

  record ProjectsPage(@Required List<Project> projects, Cursor pagination, List<String> unavailableProjectIds) {}

  record BranchEnvelope(@Required Branch branch) {}

  record BranchesPage(@Required List<Branch> branches, Next pagination) {}

  record BranchOperations(@Required Branch branch, @Required List<NeonOperation> operations) {}

  record ConnectionDetails(@Required String connectionUri) {
    @Override
    public String toString() {
      return "ConnectionDetails[" + ConnectionUri.redact(connectionUri) + "]";
    }
  }

  record CreatedBranchBody(@Required Branch branch, List<Endpoint> endpoints, @Required List<NeonOperation> operations,
      List<ConnectionDetails> connectionUris) {}

  record EndpointEnvelope(@Required Endpoint endpoint) {}

  record EndpointsList(@Required List<Endpoint> endpoints) {}

  record EndpointOperations(@Required Endpoint endpoint, @Required List<NeonOperation> operations) {}

  record OperationEnvelope(@Required NeonOperation operation) {}

  record OperationsPage(@Required List<NeonOperation> operations, Cursor pagination) {}

  record DatabasesList(@Required List<Database> databases) {}

  record RolesList(@Required List<Role> roles) {}

  record UriEnvelope(@Required String uri) {
    @Override
    public String toString() {
      return "UriEnvelope[" + ConnectionUri.redact(uri) + "]";
    }
  }
}
