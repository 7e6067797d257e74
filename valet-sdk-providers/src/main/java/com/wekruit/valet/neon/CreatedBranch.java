package com.wekruit.valet.neon;

import java.util.List;

/**
 * A branch with the computes created with it and their connection URIs (URIs only in the creation answer; their
 * passwords never show in {@link #toString()}).
 */
public record CreatedBranch(Branch branch, List<Endpoint> endpoints, List<ConnectionUri> connectionUris) {
  public CreatedBranch {
    endpoints = List.copyOf(endpoints);
    connectionUris = List.copyOf(connectionUris);
  }
}
