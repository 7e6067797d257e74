package com.wekruit.valet.neon;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The point-in-time helper through the real client against FakeNeon (spec-checked via the WireMock proxy). */
class PointInTimeRestoreTest extends ProxiedFakeNeon {
  @Test
  void aBranchAtATimestamp_isAwaited_andComesWithItsConnectionUri() {
    String main = fake.defaultBranch(project);
    Instant before = time.instant().minus(Duration.ofMinutes(90));
    PointInTimeRestore.Restored r = PointInTimeRestore.of(neon, project).branchAt(main, before, "before-incident",
        "neondb", "neondb_owner", Duration.ofMinutes(2));
    assertEquals("ready", r.branch().currentState());
    assertEquals(before, r.branch().parentTimestamp());
    assertEquals(main, r.branch().parentId());
    assertEquals(r.branch().id(), r.endpoint().branchId());
    assertTrue(r.endpoint().currentState().is(EndpointState.ACTIVE));
    assertTrue(r.uri().uri().contains(r.endpoint().host()), "the URI points at the restored branch's compute");
    assertFalse(r.toString().contains("npg_"), "no password in toString: " + r);
    wm.verify(getRequestedFor(urlPathEqualTo("/api/v2/projects/" + project + "/connection_uri"))
        .withQueryParam("branch_id", equalTo(r.branch().id())));
  }

  @Test
  void aTimestampOutsideTheHistoryWindow_isRefusedBeforeAnythingIsCreated() {
    String main = fake.defaultBranch(project);
    assertThrows(IllegalArgumentException.class, () -> PointInTimeRestore.of(neon, project).branchAt(main,
        time.instant().minus(Duration.ofDays(2)), "too-old", "neondb", "neondb_owner", Duration.ofMinutes(1)));
    wm.verify(0, postRequestedFor(urlPathEqualTo("/api/v2/projects/" + project + "/branches")));
  }
}
