package com.wekruit.valet.readme;

import com.wekruit.valet.backup.Guard;
import com.wekruit.valet.hetzner.HetznerClient;
import com.wekruit.valet.hetzner.SnapshotRotation;
import com.wekruit.valet.neon.NeonClient;
import com.wekruit.valet.neon.PointInTimeRestore;
import java.time.Duration;
import java.time.Instant;

/** README "Backups": the VPS snapshot rotation and a Neon branch at the minute before an incident. */
final class RecoverySnippet {
  record Result(SnapshotRotation.Result snapshot, PointInTimeRestore.Restored pitr) {}

  private RecoverySnippet() {}

  static Result run(HetznerClient hetzner, long serverId, NeonClient neon, String projectId, String mainBranchId,
      Instant incidentStart) {
    // readme:begin
    // production: HetznerClient.fromEnv(), NeonClient.fromEnv(); here the simulators' clients
    SnapshotRotation weekly = SnapshotRotation.builder(hetzner, serverId).keep(4).build();   // .asTask(): a job
    SnapshotRotation.Result snapshot = weekly.rotate(Guard.NONE);   // created, available, oldest beyond 4 deleted
    PointInTimeRestore.Restored pitr = PointInTimeRestore.of(neon, projectId).branchAt(mainBranchId,
        incidentStart.minusSeconds(300), "before-incident", "neondb", "neondb_owner", Duration.ofMinutes(5));
    // readme:end
    return new Result(snapshot, pitr);
  }
}
