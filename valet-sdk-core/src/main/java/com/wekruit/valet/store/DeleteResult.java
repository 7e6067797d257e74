package com.wekruit.valet.store;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a batch delete.
 *
 * @param deleted keys that are gone (missing keys count as deleted)
 * @param failed keys the store refused, with its reason
 */
public record DeleteResult(List<String> deleted, Map<String, String> failed) {
  public DeleteResult {
    deleted = List.copyOf(deleted);
    failed = Map.copyOf(failed);
  }

  public boolean allDeleted() {
    return failed.isEmpty();
  }
}
