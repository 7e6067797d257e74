package com.wekruit.valet.backup;

import com.wekruit.valet.store.IncompleteUpload;
import java.time.Instant;
import java.util.List;

/**
 * What retention keeps and deletes (the dry run's answer).
 *
 * @param keep dump keys of backups kept, newest first
 * @param expire dump keys of backups to delete, newest first
 * @param leftovers keys of objects whose backup never got a manifest (or lost its dump)
 * @param orphanUploads multipart uploads started and never completed or aborted
 * Immutable; thread-safe.
 */
public record RetentionPlan(Instant at, List<String> keep, List<String> expire, List<String> leftovers,
    List<IncompleteUpload> orphanUploads) {
  public RetentionPlan {
    keep = List.copyOf(keep);
    expire = List.copyOf(expire);
    leftovers = List.copyOf(leftovers);
    orphanUploads = List.copyOf(orphanUploads);
  }

  public boolean deletesNothing() {
    return expire.isEmpty() && leftovers.isEmpty() && orphanUploads.isEmpty();
  }
}
