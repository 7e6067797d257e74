package com.wekruit.valet.readme;

import com.wekruit.valet.neon.ComputeSettings;
import com.wekruit.valet.neon.CreateBranchRequest;
import com.wekruit.valet.neon.CreatedBranch;
import com.wekruit.valet.neon.EndpointType;
import com.wekruit.valet.neon.NeonClient;
import com.wekruit.valet.neon.testing.FakeNeon;
import java.time.Duration;
import java.time.Instant;

/** README "Neon": a point-in-time branch with its own compute. */
final class NeonSnippet {
  private NeonSnippet() {}

  static CreatedBranch run(FakeNeon fake, String projectId, String mainBranchId, Instant beforeIncident) {
    // readme:begin
    NeonClient neon = fake.client();                  // production: NeonClient.fromEnv() reads NEON_API_KEY
    CreatedBranch pitr = neon.branches(projectId).create(CreateBranchRequest.builder().name("before-incident")
            .parent(mainBranchId).atTimestamp(beforeIncident)
            .endpoint(EndpointType.READ_WRITE, ComputeSettings.builder().autoscaling(0.25, 2).build())
            .build())
        .await(Duration.ofMinutes(2));                // its operations finished; branch and compute read again
    // readme:end
    return pitr;
  }
}
